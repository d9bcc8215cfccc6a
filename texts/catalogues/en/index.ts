import { core } from '../../../shared/texts/core';
import { guide } from '../../../shared/texts/guide';
import { refusals } from '../../../shared/texts/refusals';
import { api } from './api';
import { app } from './app';
import { calendar } from './calendar';
import { cards } from './cards';
import { circles } from './circles';
import { meetings } from './meetings';
import { notices } from './notices';
import { records } from './records';

/** Every text in English, by namespace: the source every other language is checked against. */
export const en = { refusals, guide, core, api, cards, notices, calendar, app, circles, records, meetings };

/** What every language provides: each namespace with exactly English's keys. */
export type Catalogue = { readonly [N in keyof typeof en]: { readonly [K in keyof (typeof en)[N]]: string } };
export type Namespace = keyof Catalogue;
export type KeyOf<N extends Namespace> = keyof Catalogue[N] & string;
