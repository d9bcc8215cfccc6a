import type { Catalogue } from '../en';

/** Spanish: meetings. */
export const meetings: Catalogue['meetings'] = {};
