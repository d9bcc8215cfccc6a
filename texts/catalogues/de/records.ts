import type { Catalogue } from '../en';

/** German: records. */
export const records: Catalogue['records'] = {};
