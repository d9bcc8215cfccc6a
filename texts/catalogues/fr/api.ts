import type { Catalogue } from '../en';

/** French: api. */
export const api: Catalogue['api'] = {};
