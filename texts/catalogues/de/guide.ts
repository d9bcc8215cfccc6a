import type { Catalogue } from '../en';

/** German: guide. */
export const guide: Catalogue['guide'] = {};
