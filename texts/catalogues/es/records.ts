import type { Catalogue } from '../en';

/** Spanish: records. */
export const records: Catalogue['records'] = {};
