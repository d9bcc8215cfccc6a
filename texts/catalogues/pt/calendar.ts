import type { Catalogue } from '../en';

/** Portuguese: calendar. */
export const calendar: Catalogue['calendar'] = {};
