import type { Catalogue } from '../en';

/** French: calendar. */
export const calendar: Catalogue['calendar'] = {};
