import type { Catalogue } from '../en';

/** Dutch: calendar. */
export const calendar: Catalogue['calendar'] = {};
