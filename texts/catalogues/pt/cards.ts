import type { Catalogue } from '../en';

/** Portuguese: cards. */
export const cards: Catalogue['cards'] = {};
