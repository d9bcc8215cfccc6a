import type { Catalogue } from '../en';

/** German: notices. */
export const notices: Catalogue['notices'] = {};
