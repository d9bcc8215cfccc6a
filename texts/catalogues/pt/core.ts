import type { Catalogue } from '../en';

/** Portuguese: core. */
export const core: Catalogue['core'] = {};
