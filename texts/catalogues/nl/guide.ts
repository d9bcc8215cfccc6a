import type { Catalogue } from '../en';

/** Dutch: guide. */
export const guide: Catalogue['guide'] = {};
