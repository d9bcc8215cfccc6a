import type { Catalogue } from '../en';

/** German: calendar. */
export const calendar: Catalogue['calendar'] = {};
