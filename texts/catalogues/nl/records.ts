import type { Catalogue } from '../en';

/** Dutch: records. */
export const records: Catalogue['records'] = {};
