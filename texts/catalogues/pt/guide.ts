import type { Catalogue } from '../en';

/** Portuguese: guide. */
export const guide: Catalogue['guide'] = {};
