import type { Catalogue } from '../en';

/** Spanish: calendar. */
export const calendar: Catalogue['calendar'] = {};
