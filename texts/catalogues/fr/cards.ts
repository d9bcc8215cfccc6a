import type { Catalogue } from '../en';

/** French: cards. */
export const cards: Catalogue['cards'] = {};
