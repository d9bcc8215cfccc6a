import type { Catalogue } from '../en';

/** Dutch: meetings. */
export const meetings: Catalogue['meetings'] = {};
