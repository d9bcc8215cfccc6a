import type { Catalogue } from '../en';

/** Dutch: refusals. */
export const refusals: Catalogue['refusals'] = {};
