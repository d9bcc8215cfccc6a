import type { Catalogue } from '../en';

/** Dutch: api. */
export const api: Catalogue['api'] = {};
