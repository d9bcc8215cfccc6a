import type { Catalogue } from '../en';

/** Portuguese: api. */
export const api: Catalogue['api'] = {};
