import type { Catalogue } from '../en';

/** French: core. */
export const core: Catalogue['core'] = {};
