import type { Catalogue } from '../en';

/** Dutch: core. */
export const core: Catalogue['core'] = {};
