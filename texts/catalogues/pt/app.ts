import type { Catalogue } from '../en';

/** Portuguese: app. */
export const app: Catalogue['app'] = {};
