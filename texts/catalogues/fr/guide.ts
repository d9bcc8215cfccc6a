import type { Catalogue } from '../en';

/** French: guide. */
export const guide: Catalogue['guide'] = {};
