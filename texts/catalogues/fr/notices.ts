import type { Catalogue } from '../en';

/** French: notices. */
export const notices: Catalogue['notices'] = {};
