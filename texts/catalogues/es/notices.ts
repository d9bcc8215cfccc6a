import type { Catalogue } from '../en';

/** Spanish: notices. */
export const notices: Catalogue['notices'] = {};
