import type { Catalogue } from '../en';

/** Spanish: cards. */
export const cards: Catalogue['cards'] = {};
