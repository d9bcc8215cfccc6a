import { circles as english } from '../en/circles';
import type { Catalogue } from '../en';

/** Not yet translated: English until this language's words are written. */
export const circles: Catalogue['circles'] = { ...english };
