import type { Catalogue } from '../en';

/** French: circles. */
export const circles: Catalogue['circles'] = {};
