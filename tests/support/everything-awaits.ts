/**
 * Hana, Northside's facilitator, with one of every kind of step awaiting her, taken
 * through the API as each person would take theirs: an answer, a nomination, her
 * answer as the candidate, an amendment to integrate an objection to her proposal,
 * her own objection being integrated, a decision's review she holds as facilitator,
 * and a meeting of her circle tomorrow. Works on the care co-op of the API tests and
 * on the demo organisation alike (Northside is the same in both).
 */
export type Post = (path: string, person: string, body: object) => Promise<{ status: number; body: Record<string, any> }>;

const day = (fromToday: number) => new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
/** Tomorrow, fixed once, so the meeting planned and its title name the same day. */
const meetingDay = day(1);

export const awaitsHana = {
  answer: 'Lend the spare hoist to Southside',
  nomination: 'Delegate of Northside care team',
  candidateAnswer: 'Secretary of Northside care team',
  amendment: 'Share the vans across teams',
  objection: 'Move handovers to the evening',
  review: 'Shorter visits on bank holidays',
  /** A meeting has no title of its own: an English reader reads the day it meets. */
  meeting: `Meeting on ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.parse(`${meetingDay}T12:00:00Z`))}`,
} as const;

export async function seedEverythingAwaitingHana(post: Post): Promise<void> {
  const steps = async (kind: 'proposals' | 'selections' | 'meetings', id: string, taken: readonly (readonly [string, object])[]) => {
    for (const [person, command] of taken) {
      const reply = await post(`circles/northside/${kind}/${id}/steps`, person, command);
      if (reply.status !== 200) throw new Error(`${person} ${JSON.stringify(command)}: ${JSON.stringify(reply.body.error)}`);
    }
  };
  const toRound = (author: string, title: string, mode: 'sync' | 'async', reviewDate = day(180)) =>
    [
      [
        author,
        { type: 'draft-proposal', title, text: `${title}, from next month.`, driver: 'Raised at the last team meeting.', reviewDate },
      ],
      [author, { type: 'present-proposal' }],
      ['hana', { type: 'open-clarifying-questions' }],
      ['hana', { type: 'open-quick-reactions' }],
      ['hana', { type: 'open-consent-round', options: { mode } }],
    ] as const;
  const consent = { type: 'answer', answer: { kind: 'consent' } };
  const objects = (text: string) => ({ type: 'answer', answer: { kind: 'object', text } });

  await steps('proposals', 'spare-hoist', toRound('dev', awaitsHana.answer, 'async'));
  await steps('proposals', 'shared-vans', [
    ...toRound('hana', awaitsHana.amendment, 'sync'),
    ...['amara', 'dev', 'farid', 'hana'].map((person) => [person, consent] as const),
    ['grace', objects('Two vans cannot cover four teams on a weekend.')],
    ['hana', { type: 'close-consent-round' }],
  ]);
  await steps('proposals', 'evening-handovers', [
    ...toRound('amara', awaitsHana.objection, 'sync'),
    ...['amara', 'dev', 'farid', 'grace'].map((person) => [person, consent] as const),
    ['hana', objects('Evening handovers clash with the night visits.')],
    ['hana', { type: 'close-consent-round' }],
  ]);
  await steps('proposals', 'bank-holidays', [
    ...toRound('dev', awaitsHana.review, 'sync', day(5)),
    ...['amara', 'dev', 'farid', 'grace', 'hana'].map((person) => [person, consent] as const),
    ['hana', { type: 'close-consent-round' }],
  ]);
  await steps('selections', 'northside-secretary-next', [
    ['dev', { type: 'start-selection', roleId: 'secretary' }],
    ...['amara', 'dev', 'farid', 'grace'].map(
      (person) => [person, { type: 'nominate', nominee: 'hana', reason: 'Hana keeps the clearest notes of us all.' }] as const,
    ),
    ['hana', { type: 'close-nominations' }],
    [
      'hana',
      { type: 'propose-candidate', candidate: 'hana', reasoning: 'Four of us named Hana for her notes.', options: { mode: 'async' } },
    ],
  ]);
  await steps('selections', 'northside-delegate-next', [['dev', { type: 'start-selection', roleId: 'delegate' }]]);
  await steps('meetings', 'northside-tomorrow', [['dev', { type: 'plan-meeting', scheduledFor: `${meetingDay}T09:00:00.000Z` }]]);
}
