import type { Catalogue } from '../en';

/** Spanish: app. */
export const app: Catalogue['app'] = {};
