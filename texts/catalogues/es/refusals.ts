import type { Catalogue } from '../en';

/** Spanish: refusals. */
export const refusals: Catalogue['refusals'] = {};
