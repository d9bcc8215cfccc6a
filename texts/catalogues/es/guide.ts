import type { Catalogue } from '../en';

/** Spanish: guide. */
export const guide: Catalogue['guide'] = {};
