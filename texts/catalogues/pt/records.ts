import type { Catalogue } from '../en';

/** Portuguese: records. */
export const records: Catalogue['records'] = {};
