import type { Catalogue } from '../en';

/** Spanish: api. */
export const api: Catalogue['api'] = {};
