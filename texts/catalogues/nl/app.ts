import type { Catalogue } from '../en';

/** Dutch: app. */
export const app: Catalogue['app'] = {};
