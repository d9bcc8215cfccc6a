import type { Catalogue } from '../en';

/** German: circles. */
export const circles: Catalogue['circles'] = {};
