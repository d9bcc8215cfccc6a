import type { Catalogue } from '../en';

/** German: refusals. */
export const refusals: Catalogue['refusals'] = {};
