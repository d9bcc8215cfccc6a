import type { Catalogue } from '../en';

/** Dutch: circles. */
export const circles: Catalogue['circles'] = {};
