import type { Catalogue } from '../en';

/** Dutch: notices. */
export const notices: Catalogue['notices'] = {};
