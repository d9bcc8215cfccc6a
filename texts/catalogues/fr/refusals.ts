import type { Catalogue } from '../en';

/** French: refusals. */
export const refusals: Catalogue['refusals'] = {};
