import type { Catalogue } from '../en';

/** Portuguese: circles. */
export const circles: Catalogue['circles'] = {};
