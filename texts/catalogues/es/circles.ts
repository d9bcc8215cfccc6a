import type { Catalogue } from '../en';

/** Spanish: circles. */
export const circles: Catalogue['circles'] = {};
