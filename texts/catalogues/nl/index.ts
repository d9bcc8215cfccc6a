import type { Catalogue } from '../en';
import { api } from './api';
import { app } from './app';
import { calendar } from './calendar';
import { cards } from './cards';
import { circles } from './circles';
import { core } from './core';
import { guide } from './guide';
import { meetings } from './meetings';
import { notices } from './notices';
import { records } from './records';
import { refusals } from './refusals';

/** Every text in Dutch. */
export const nl: Catalogue = { refusals, guide, core, api, cards, notices, calendar, app, circles, records, meetings };
