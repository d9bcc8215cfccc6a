import { demoAdmin, demoTenant } from './demo-organisation';

/** What became of the demo organisation at this start. */
export type Demo = 'seeded' | 'kept' | 'empty';

const demoSaid: Record<Demo, string> = {
  seeded:
    'seeded: a hub and four circles, half a year of decisions, an open consent round, a role term due for review with its selection under way, a meeting planned',
  kept: 'kept from the last run',
  empty: 'not seeded (--empty): the tab opens on the first run of an empty organisation',
};

export interface Running {
  /** The dev host's API, `http://127.0.0.1:<PORT>/api`. */
  readonly apiUrl: string;
  readonly tablePort: number;
  readonly inMemory: boolean;
  readonly demo: Demo;
  /** Calendar feed tokens of Training (as Kemi holds it) and of Kemi herself. */
  readonly feeds: { readonly training: string; readonly kemi: string };
}

/** What `npm start` runs and where, with a first request to try: printed once it is ready. */
export function whatRuns({ apiUrl, tablePort, inMemory, demo, feeds }: Running): string {
  const origin = apiUrl.replace(/\/api$/, '');
  return [
    '',
    'Sociocracy for Teams is running locally (dev mode: identities come from the x-dev-person header).',
    `  Tab          ${origin}/tab/   (outside Teams: dev mode, choose whom to act as)`,
    `  API          ${apiUrl}   (tenant “${demoTenant}”; “${demoAdmin}” is its organisation admin)`,
    `  Azurite      http://127.0.0.1:${tablePort}/devstoreaccount1   (${inMemory ? 'in memory' : 'data in .data/azurite'})`,
    `  Demo         ${demoSaid[demo]}`,
    `  Calendars    ${apiUrl}/calendar/${feeds.training}.ics   (Training's reviews and meetings, as Kemi holds it; iCalendar)`,
    `               ${apiUrl}/calendar/${feeds.kemi}.ics   (Kemi Adeyemi's circles; every person's and circle's address is in the tab's Reviews view)`,
    `  Timers       review reminders at five past each hour, rounds' deadlines every 5 minutes, kept rows repaired every 10, calendars every 15; run one now: curl -X POST ${origin}/admin/functions/review-reminders`,
    `  Bot          npm run playground${origin.endsWith(':7071') ? '' : ` (with the same PORT)`}   (the Agents Playground, a Teams-like client, talking to ${apiUrl}/messages)`,
    '',
    'Try:',
    `  curl -H "x-dev-person: amara" ${apiUrl}/circles`,
    `  curl -H "x-dev-person: farid" -H "content-type: application/json" -d '{"type":"answer","answer":{"kind":"consent"}}' ${apiUrl}/circles/northside/proposals/weekend-rota/steps`,
    '',
  ].join('\n');
}
