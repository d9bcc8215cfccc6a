import type { Catalogue } from '../en';

/** German: meetings. */
export const meetings: Catalogue['meetings'] = {};
