import type { Catalogue } from '../en';

/** Portuguese: meetings. */
export const meetings: Catalogue['meetings'] = {};
