import type { Catalogue } from '../en';

/** German: api. */
export const api: Catalogue['api'] = {};
