import type { Catalogue } from '../en';

/** Spanish: core. */
export const core: Catalogue['core'] = {};
