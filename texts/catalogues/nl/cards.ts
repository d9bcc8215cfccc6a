import type { Catalogue } from '../en';

/** Dutch: cards. */
export const cards: Catalogue['cards'] = {};
