import type { Catalogue } from '../en';

/** German: app. */
export const app: Catalogue['app'] = {};
