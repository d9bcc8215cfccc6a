import { parse } from 'csv-parse/sync';
import { useApi } from '../support/api-host';

const { call, api } = useApi();

type Step = readonly [string, object];
const draft = (title: string, text: string) =>
  ['dev', { type: 'draft-proposal', title, text, driver: `Why: ${title}.`, reviewDate: '2027-06-01' }] as const;
const toRound = (author: string, facilitator: string, mode: 'sync' | 'async'): Step[] => [
  [author, { type: 'present-proposal' }],
  [facilitator, { type: 'open-clarifying-questions' }],
  [facilitator, { type: 'open-quick-reactions' }],
  [facilitator, { type: 'open-consent-round', options: { mode } }],
];
const northside = ['amara', 'dev', 'farid', 'grace', 'hana'];

/**
 * Riverside's records at every stage, in two circles that share free text in
 * research exports: what each caller may read of them differs.
 */
const records: Record<string, { circleId: string; steps: Step[]; words: string[] }> = {
  'key-safe': {
    circleId: 'northside',
    steps: [draft('New key safe codes', 'Codes change on the first Monday of each month.')],
    words: ['Codes change on the first Monday'],
  },
  'weekend-rota': {
    circleId: 'northside',
    steps: [
      draft('Rotate weekend shifts monthly', 'Weekend shifts rotate monthly among all carers.'),
      ...toRound('dev', 'hana', 'async'),
      ['farid', { type: 'answer', answer: { kind: 'concern', text: 'Keep one familiar carer for me.' } }],
      ['grace', { type: 'answer', answer: { kind: 'object', text: 'Nights with a stranger frighten me.' } }],
    ],
    words: ['Weekend shifts rotate monthly', 'Keep one familiar carer for me.', 'Nights with a stranger frighten me.'],
  },
  'night-visits': {
    circleId: 'northside',
    steps: [
      draft('Two night visits for Grace', 'Two short visits each night instead of one long one.'),
      ...toRound('dev', 'hana', 'sync'),
      ...northside.map(
        (person): Step => [
          person,
          {
            type: 'answer',
            answer: person === 'amara' ? { kind: 'concern', text: 'Night cover is thin when someone is off sick.' } : { kind: 'consent' },
          },
        ],
      ),
      ['hana', { type: 'close-consent-round', present: northside }],
    ],
    words: ['Two short visits each night', 'Night cover is thin when someone is off sick.'],
  },
  'petty-cash': {
    circleId: 'finance',
    steps: [
      [
        'ben',
        { type: 'draft-proposal', title: 'Petty cash up to £50', text: 'Spend up to £50 without asking first.', reviewDate: '2027-03-31' },
      ],
      ...toRound('ben', 'chloe', 'async'),
      ['esi', { type: 'answer', answer: { kind: 'concern', text: '=HYPERLINK("http://x","Receipts must be kept.")' } }],
    ],
    words: ['Spend up to £50 without asking first.', 'Receipts must be kept.'],
  },
};

beforeAll(async () => {
  for (const circleId of ['northside', 'finance']) {
    const shared = await call('POST', 'structure/commands', 'admin', {
      type: 'set-circle-policy',
      circleId,
      policy: { shareFreeTextInExports: true },
    });
    expect(shared.status).toBe(200);
  }
  for (const [proposalId, { circleId, steps }] of Object.entries(records)) {
    for (const [person, command] of steps) {
      const stepped = await call('POST', `circles/${circleId}/proposals/${proposalId}/steps`, person, command);
      expect([proposalId, command, stepped.status]).toEqual([proposalId, command, 200]);
    }
  }
}, 30_000);

/** Every proposal the caller may GET, whole, as the proposal routes give it. */
async function readable(person: string): Promise<Map<string, { title: string; json: string }>> {
  const found = new Map<string, { title: string; json: string }>();
  for (const circleId of ['hub', 'northside', 'finance']) {
    for (const { proposalId } of (await call('GET', `circles/${circleId}/proposals`, person)).body.proposals as { proposalId: string }[]) {
      const single = await call('GET', `circles/${circleId}/proposals/${proposalId}`, person);
      expect(single.status).toBe(200);
      found.set(proposalId, { title: single.body.proposal.title, json: JSON.stringify(single.body.proposal) });
    }
  }
  for (const [proposalId, { circleId }] of Object.entries(records)) {
    if (!found.has(proposalId)) expect((await call('GET', `circles/${circleId}/proposals/${proposalId}`, person)).status).toBe(403);
  }
  return found;
}

async function csvOf(path: string, person: string): Promise<Record<string, string>[]> {
  const response = await fetch(`${api().url}/${path}`, { headers: { 'x-dev-person': person } });
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
}

/** Chloé is in the hub and Finance; Farid, a guest, in Northside; `admin` manages the organisation and is in no circle. */
describe.each([
  ['chloe', ['night-visits', 'petty-cash']],
  ['farid', ['key-safe', 'night-visits', 'weekend-rota']],
  ['admin', ['night-visits']],
])('what %s may export', (person, expected) => {
  it('the research export, as JSON and as CSV, holds exactly the proposals the caller may GET, and only words the caller may read there', async () => {
    const allowed = await readable(person);
    expect([...allowed.keys()].sort()).toEqual(expected);
    const json = (await call('GET', 'export', person)).body.decisions as { proposalId: string; texts: string[] | null }[];
    const csv = await csvOf('export?format=csv', person);
    expect(json.map((d) => d.proposalId).sort()).toEqual(expected);
    expect(csv.map((row) => row.proposalId).sort()).toEqual(expected);
    for (const decision of json)
      for (const text of decision.texts ?? []) expect(allowed.get(decision.proposalId)?.json).toContain(JSON.stringify(text).slice(1, -1));
    // Nothing of a proposal the caller may not GET: not its id, text, concerns or objections.
    const exported = JSON.stringify(json) + JSON.stringify(csv);
    for (const [proposalId, { words }] of Object.entries(records)) {
      if (allowed.has(proposalId)) continue;
      for (const leak of [proposalId, ...words]) expect(exported).not.toContain(leak);
    }
  });

  it('the logbook, as JSON and as CSV, lists only the proposals the caller may GET', async () => {
    const allowed = await readable(person);
    const page = await call('GET', 'logbook?kind=decision&pageSize=100', person);
    expect(page.body.entries.map((e: { id: string }) => e.id).sort()).toEqual([...allowed.keys()].sort());
    const titles = [...allowed.values()].map((p) => p.title).sort();
    expect((await csvOf('logbook?kind=decision&format=csv', person)).map((row) => row.title).sort()).toEqual(titles);
  });
});

describe('the research CSV in a spreadsheet', () => {
  it('keeps Chloé’s accent and turns a concern that looks like a formula into text', async () => {
    const response = await fetch(`${api().url}/export?format=csv`, { headers: { 'x-dev-person': 'esi' } });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.proposalId === 'petty-cash')?.texts).toBe('\'=HYPERLINK("http://x","Receipts must be kept.")');
    const logbook = parse(
      Buffer.from(
        await (
          await fetch(`${api().url}/logbook?kind=role-term&circleId=finance&format=csv`, { headers: { 'x-dev-person': 'esi' } })
        ).arrayBuffer(),
      ),
      { bom: true, columns: true },
    ) as Record<string, string>[];
    expect(logbook.map((row) => row.title)).toContain('Facilitator of Finance: Chloé Martin');
  });
});
