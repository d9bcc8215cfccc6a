import type { Catalogue } from '../en';

/** French: app. */
export const app: Catalogue['app'] = {};
