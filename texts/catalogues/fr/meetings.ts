import type { Catalogue } from '../en';

/** French: meetings. */
export const meetings: Catalogue['meetings'] = {};
