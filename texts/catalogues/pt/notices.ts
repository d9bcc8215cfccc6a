import type { Catalogue } from '../en';

/** Portuguese: notices. */
export const notices: Catalogue['notices'] = {};
