import type { Catalogue } from '../en';

/** German: core. */
export const core: Catalogue['core'] = {};
