import type { Catalogue } from '../en';

/** French: records. */
export const records: Catalogue['records'] = {};
