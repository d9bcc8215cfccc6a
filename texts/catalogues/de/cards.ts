import type { Catalogue } from '../en';

/** German: cards. */
export const cards: Catalogue['cards'] = {};
