import type { Catalogue } from '../en';

/** Portuguese: refusals. */
export const refusals: Catalogue['refusals'] = {};
