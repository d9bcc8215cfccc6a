import fc from 'fast-check';
import type { Circle, PersonId, Proposal, ProposalStage, ProposalState, Review, Structure } from '../../../shared';
import { awaitedGuide, defaultCirclePolicy, proposalDecider, structureDecider, transition, whatAwaits } from '../../../shared';
import { textsFor } from '../../../texts/all';
import type { AdaptiveCard } from '../../../functions/bot/cards/card';
import { CreateCircleData, ProposalStepData } from '../../../functions/bot/card-actions';
import { byteSize, cardByteLimit, shorten } from '../../../functions/bot/cards/card';
import {
  errorCard,
  greetingCard,
  helpCard,
  proposeCard,
  reviewsCard,
  selectCard,
  statusCard,
  withBanner,
} from '../../../functions/bot/cards/conversation-cards';
import { proposalCard } from '../../../functions/bot/cards/proposal-card';
import type { CardAction } from '../../support/adaptive-cards';
import {
  actionRows,
  actionSets,
  actionTitles,
  allActions,
  allElements,
  cardProblems,
  cardTexts,
  cardValidationProblems,
  inputIds,
  teamsMaxActions,
} from '../../support/adaptive-cards';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now, today } from '../../support/clock';
import { admin, as } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';

const english = textsFor('en');

const proposalId = 'weekend-rota';
const faridObjection = 'Farid needs the same carer at weekends; a monthly rotation breaks the continuity of his care.';
const amaraObjection = 'On alternate weekends no one on the rota is trained for night medication.';
const graceConcern = 'I worry about continuity for Farid.';
const withdrawalReason = 'The new contract with the council settles the weekend rota for us.';
const amendedText = 'From January, weekend shifts rotate monthly among carers who want them; Farid keeps a named weekend carer.';

function proposalOf(state: ProposalState): Proposal {
  if (!state.proposal) throw new Error('no proposal');
  return state.proposal;
}

/** One step of the rota proposal, taken by `who` through the real decider. */
function act(state: ProposalState, who: string, command: object, at = now): ProposalState {
  return step(proposalDecider, state, { ...command, proposalId }, as(who), at);
}

function answer(state: ProposalState, who: string, kind: 'consent' | 'concern' | 'object' | 'stand-aside', text?: string): ProposalState {
  return act(state, who, { type: 'answer', answer: text === undefined ? { kind } : { kind, text } });
}

/**
 * The rota proposal in Northside at any stage, with something to show at each:
 * questions (one answered), reactions, answers, objections (one withdrawn, one
 * integrated by amendment) and the reason of a withdrawal.
 */
function rotaAt(stage: ProposalStage, structure: Structure = careCoop(), mode: 'async' | 'sync' = 'async'): ProposalState {
  switch (stage) {
    case 'draft':
    case 'presented':
      return rotaProposalAt(structure, stage);
    case 'clarifying': {
      let s = rotaProposalAt(structure, 'clarifying');
      s = act(s, 'farid', { type: 'ask-question', questionId: 'q1', text: 'Can I keep one carer I know at weekends?' });
      s = act(s, 'grace', { type: 'ask-question', questionId: 'q2', text: 'Who draws up the rota each month?' });
      return act(s, 'dev', { type: 'answer-question', questionId: 'q1', answer: 'Yes: the rota can name a regular carer for you.' });
    }
    case 'reactions': {
      let s = act(rotaAt('clarifying', structure), 'hana', { type: 'open-quick-reactions' });
      s = act(s, 'amara', { type: 'react', text: 'Fairer for everyone.' });
      return act(s, 'farid', { type: 'react', text: 'Fine if I keep my carer.' });
    }
    case 'consent-round': {
      let s = act(rotaAt('reactions', structure), 'hana', { type: 'open-consent-round', options: { mode } });
      s = answer(s, 'amara', 'consent');
      return answer(s, 'grace', 'concern', graceConcern);
    }
    case 'integration': {
      let s = rotaAt('consent-round', structure, mode);
      s = answer(s, 'dev', 'consent');
      s = answer(s, 'hana', 'consent');
      s = answer(s, 'farid', 'object', faridObjection);
      s = answer(s, 'amara', 'object', amaraObjection);
      return act(
        s,
        'hana',
        mode === 'sync'
          ? { type: 'close-consent-round', present: ['amara', 'dev', 'farid', 'grace', 'hana'] }
          : { type: 'close-consent-round' },
      );
    }
    case 'adopted': {
      let s = act(rotaAt('integration', structure, mode), 'amara', { type: 'withdraw-objection' });
      s = act(s, 'dev', { type: 'amend-proposal', text: amendedText });
      for (const who of ['amara', 'dev', 'farid', 'hana']) s = answer(s, who, 'consent');
      s = answer(s, 'grace', 'concern', graceConcern);
      return act(s, 'hana', { type: 'close-consent-round' });
    }
    case 'withdrawn':
      return act(rotaAt('consent-round', structure, mode), 'dev', { type: 'withdraw-proposal', reason: withdrawalReason });
  }
}

const stages: ProposalStage[] = ['draft', 'presented', 'clarifying', 'reactions', 'consent-round', 'integration', 'adopted', 'withdrawn'];
const viewers: (PersonId | null)[] = [null, 'dev', 'hana', 'farid', 'ben'];
type ViewerName = 'everyone' | 'dev' | 'hana' | 'farid' | 'ben';
const teamsUsers = Array.from({ length: 75 }, (_, i) => `teams-user-${i}`);
const fixtures = new Map(stages.map((stage) => [stage, rotaAt(stage)] as const));

function fixture(stage: ProposalStage): ProposalState {
  const state = fixtures.get(stage);
  if (!state) throw new Error(`no fixture ${stage}`);
  return state;
}

function cardOf(
  state: ProposalState,
  viewer: PersonId | null,
  at = now,
  refreshUserIds: readonly string[] = teamsUsers.slice(0, 5),
): AdaptiveCard {
  return proposalCard({ proposal: proposalOf(state), circle: state.circle, viewer, now: at, refreshUserIds }, english);
}

/** The titles of the card's top-level actions: the steps below the card. */
const topTitles = (card: AdaptiveCard) => (card.actions ?? []).map((action) => String(action.title));
/** The titles of each ActionSet of the body: in a consent round, the one row of answers. */
const setTitles = (card: AdaptiveCard) =>
  actionSets(card).map((set) => (set.actions as CardAction[]).map((action) => String(action.title)));
const executes = (card: AdaptiveCard) => allActions(card).filter((action) => action.type === 'Action.Execute');
const bodyText = (card: AdaptiveCard) => cardTexts(card).join('\n');

function actionTitled(card: AdaptiveCard, title: string): CardAction {
  const found = allActions(card).find((action) => action.title === title);
  if (!found) throw new Error(`no action “${title}” in ${JSON.stringify(actionTitles(card))}`);
  return found;
}

function showCardBody(action: CardAction): Record<string, unknown>[] {
  const inner = action.card as { body?: Record<string, unknown>[] } | undefined;
  return inner?.body ?? [];
}

const facilitatorSteps = [
  'Present to the circle',
  'Open clarifying questions',
  'Open quick reactions',
  'Open the consent round',
  'Close the round',
  'Answer a question',
  'Amend',
  'Withdraw',
];
const answerTitles = ['Consent', 'Consent with a concern', 'Object', 'Stand aside'];

describe('the card checker', () => {
  test('finds unknown elements, misspelt properties and properties newer than schema 1.5', () => {
    const problems = cardProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Progress', value: 3 },
        { type: 'TextBlock', text: 'x', wrap: true, colour: 'Good' },
        { type: 'Input.Text', id: 'a', label: 'A', isMultiline: true, errorMesage: 'typo', labelPosition: 'inline' },
      ],
      actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', isEnabled: false }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Progress'),
        expect.stringContaining('$.body[0]: dropped'),
        expect.stringContaining('$.body[1].colour: dropped'),
        expect.stringContaining('$.body[2].errorMesage: dropped'),
        expect.stringContaining('$.body[2].labelPosition: dropped'),
      ]),
    );
    expect(problems.join('\n')).not.toContain('isEnabled'); // a 1.5 property
  });

  test('the validator finds what Teams cannot show or submit well: duplicate input ids, empty choice sets, more than six actions', () => {
    const go = (n: number) => ({ type: 'Action.Execute', title: `Go ${n}`, verb: 'go' });
    expect(cardValidationProblems({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [1, 2, 3, 4, 5, 6].map(go) })).toEqual([]);
    expect(cardValidationProblems({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [1, 2, 3, 4, 5, 6, 7].map(go) })).toEqual([
      'validation: Maximum number of actions exceeded (6).',
    ]);
    expect(
      cardValidationProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'Input.ChoiceSet', id: 'c', label: 'C', choices: [] }],
      }),
    ).toEqual(['validation: An Input.ChoiceSet must have at least one choice defined.']);
    const inputIn = (title: string) => ({
      type: 'Action.ShowCard',
      title,
      card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'text', label: title }] },
    });
    expect(cardValidationProblems({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [inputIn('A'), inputIn('B')] })).toEqual([
      'validation: Duplicate Id "text".',
    ]);
    // Parsing alone does not complain about any of these.
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [inputIn('A'), inputIn('B')] })).toEqual([]);
  });

  test('ignores only values that are the library’s own defaults', () => {
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'TextBlock', text: 'x', wrap: false },
          { type: 'Input.ChoiceSet', id: 'c', label: 'C', style: 'compact', choices: [{ title: 'A', value: 'a' }] },
          { type: 'ColumnSet', columns: [{ type: 'Column', width: 1, items: [] }] },
        ],
      }),
    ).toEqual([]);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }] })).not.toEqual([]);
  });

  test('finds every action: in body ActionSets (nested too), the card’s actions and ShowCards, body first', () => {
    const execute = (title: string) => ({ type: 'Action.Execute', title, verb: title });
    const json = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'Container',
          items: [
            {
              type: 'ActionSet',
              actions: [
                execute('A'),
                {
                  type: 'Action.ShowCard',
                  title: 'B',
                  card: { type: 'AdaptiveCard', body: [{ type: 'ActionSet', actions: [execute('B1')] }], actions: [execute('B2')] },
                },
              ],
            },
          ],
        },
        { type: 'ActionSet', actions: [execute('C')] },
      ],
      actions: [execute('D')],
    };
    expect(actionTitles(json)).toEqual(['A', 'B', 'B1', 'B2', 'C', 'D']);
    expect(actionRows(json).map((row) => row.map((action) => action.title))).toEqual([['D'], ['A', 'B'], ['C']]);
  });

  test('finds every action of a proposal card: the answers in the body, then the steps below', () => {
    const card = cardOf(fixture('consent-round'), 'hana');
    expect(actionTitles(card)).toEqual([
      'Consent',
      'Consent with a concern',
      'Send concern',
      'Object',
      'Send objection',
      'Stand aside',
      'Remind those still to answer',
      'Amend',
      'Send amendment',
      'Withdraw',
      'Withdraw the proposal',
    ]);
    expect(inputIds(card)).toEqual(['concern', 'objection', 'amendment', 'reason']);
  });
});

describe('proposal card at every stage, for every viewer', () => {
  const viewerNames: ViewerName[] = ['everyone', 'dev', 'hana', 'farid', 'ben'];
  const cases = stages.flatMap((stage) => viewerNames.map((who) => [stage, who] as const));

  test('the fixtures reach their stages', () => {
    expect(stages.map((stage) => proposalOf(fixture(stage)).status)).toEqual(stages);
  });

  test.each(cases)('%s, seen by %s: parses clean and fits a Teams message', (stage, who) => {
    const card = cardOf(fixture(stage), who === 'everyone' ? null : who);
    expect(cardProblems(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
  });

  test.each(cases)('%s, seen by %s: passes the library’s validation (unique input ids, at most six actions)', (stage, who) => {
    expect(cardValidationProblems(cardOf(fixture(stage), who === 'everyone' ? null : who))).toEqual([]);
  });

  test.each(cases)('%s, seen by %s: no row of buttons holds more than Teams shows, and no input id is used twice', (stage, who) => {
    const card = cardOf(fixture(stage), who === 'everyone' ? null : who);
    for (const row of actionRows(card)) expect(row.length).toBeLessThanOrEqual(teamsMaxActions);
    const ids = inputIds(card);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(cases)('%s, seen by %s: every Action.Execute carries circle, proposal and the current revision', (stage, who) => {
    const state = fixture(stage);
    const card = cardOf(state, who === 'everyone' ? null : who);
    for (const action of executes(card)) {
      // The shared card's “Show my view” asks for the viewer's own card; every other button is a step.
      expect(action.verb).toBe(action.title === 'Show my view' ? 'refresh' : 'proposal-step');
      const step = action.verb === 'refresh' ? {} : { step: expect.any(String) };
      expect(action.data).toEqual(
        expect.objectContaining({ subject: 'proposal', circleId: 'northside', proposalId, revision: proposalOf(state).revision, ...step }),
      );
    }
  });

  test('answers in a later revision carry that revision', () => {
    const amended = act(fixture('integration'), 'dev', { type: 'amend-proposal', text: amendedText });
    expect(proposalOf(amended)).toMatchObject({ status: 'consent-round', revision: 2 });
    for (const viewer of viewers) {
      const card = cardOf(amended, viewer);
      // Ben is no member of Northside: the round does not ask him, so his card has nothing to click.
      if (viewer === 'ben') expect(executes(card)).toEqual([]);
      else expect(executes(card).length).toBeGreaterThan(0);
      for (const action of executes(card)) expect(action.data).toMatchObject({ circleId: 'northside', proposalId, revision: 2 });
      expect(card.refresh?.action.data).toEqual({ subject: 'proposal', circleId: 'northside', proposalId, revision: 2 });
    }
  });

  test('answer buttons say which answer they give', () => {
    const kinds = executes(cardOf(fixture('consent-round'), null))
      .filter((action) => action.verb === 'proposal-step')
      .map((action) => action.data as Record<string, unknown>);
    expect(kinds.map((data) => [data.step, data.kind])).toEqual([
      ['answer', 'consent'],
      ['answer', 'concern'],
      ['answer', 'object'],
      ['answer', 'stand-aside'],
    ]);
  });

  /** The steps below the card (its top-level actions), in order: the members' steps, then the viewer's own. */
  const expectedSteps: Record<ViewerName, Record<ProposalStage, string[]>> = {
    // Everyone's copy: the members' steps, and a way to one's own view until the decision is made.
    everyone: {
      draft: ['Show my view'],
      presented: ['Show my view'],
      clarifying: ['Ask a question', 'Show my view'],
      reactions: ['Give a quick reaction', 'Show my view'],
      'consent-round': ['Show my view'],
      integration: ['Show my view'],
      adopted: [],
      withdrawn: [],
    },
    farid: {
      draft: [],
      presented: [],
      clarifying: ['Ask a question'],
      reactions: ['Give a quick reaction'],
      'consent-round': [],
      integration: ['Withdraw my objection'],
      adopted: [],
      withdrawn: [],
    },
    // Not a member: offered nothing the core would refuse him.
    ben: {
      draft: [],
      presented: [],
      clarifying: [],
      reactions: [],
      'consent-round': [],
      integration: [],
      adopted: [],
      withdrawn: [],
    },
    dev: {
      draft: ['Present to the circle', 'Withdraw'],
      presented: ['Amend', 'Withdraw'],
      clarifying: ['Ask a question', 'Answer a question', 'Amend', 'Withdraw'],
      reactions: ['Give a quick reaction', 'Answer a question', 'Amend', 'Withdraw'],
      'consent-round': ['Amend', 'Withdraw'],
      integration: ['Amend', 'Withdraw'],
      adopted: [],
      withdrawn: [],
    },
    hana: {
      draft: ['Present to the circle', 'Withdraw'],
      presented: ['Open clarifying questions', 'Amend', 'Withdraw'],
      clarifying: ['Ask a question', 'Open quick reactions', 'Answer a question', 'Amend', 'Withdraw'],
      reactions: ['Give a quick reaction', 'Open the consent round', 'Answer a question', 'Amend', 'Withdraw'],
      'consent-round': ['Remind those still to answer', 'Amend', 'Withdraw'],
      integration: ['Amend', 'Withdraw'],
      adopted: [],
      withdrawn: [],
    },
  };

  /** Whom the consent round asks: the shared card asks everyone; of the viewers, Ben is no member of Northside. */
  const asked: Record<ViewerName, boolean> = { everyone: true, dev: true, hana: true, farid: true, ben: false };

  test.each(cases)('%s, seen by %s: offers exactly the steps the rules allow', (stage, who) => {
    const card = cardOf(fixture(stage), who === 'everyone' ? null : who);
    expect(topTitles(card)).toEqual(expectedSteps[who][stage]);
  });

  test.each(
    cases,
  )('%s, seen by %s: the answers are a row of their own in the body, only in a consent round and only for those it asks', (stage, who) => {
    const card = cardOf(fixture(stage), who === 'everyone' ? null : who);
    expect(setTitles(card)).toEqual(stage === 'consent-round' && asked[who] ? [answerTitles] : []);
    for (const title of answerTitles) expect(topTitles(card)).not.toContain(title);
  });

  test.each(stages)('%s: neither the shared card, nor Farid, nor an outsider is offered a facilitator’s or author’s step', (stage) => {
    for (const viewer of [null, 'farid', 'ben']) {
      expect(actionTitles(cardOf(fixture(stage), viewer)).filter((title) => facilitatorSteps.includes(title))).toEqual([]);
    }
  });
});

describe('steps of the round', () => {
  test('the shared card has the answer buttons, after the round section, but no facilitator step', () => {
    const card = cardOf(fixture('consent-round'), null);
    expect(topTitles(card)).toEqual(['Show my view']);
    expect(setTitles(card)).toEqual([answerTitles]);
    // The row of answers closes the body, right after the round section (whose last line is who has not answered).
    expect(card.body.at(-1)).toMatchObject({ type: 'ActionSet' });
    expect(card.body.at(-2)).toMatchObject({ type: 'TextBlock', text: 'Not yet answered: Dev Patel, Farid Haddad, Hana Sato' });
    expect(card.body.findIndex((element) => element.type === 'TextBlock' && element.text === '2 of 5 have answered')).toBeGreaterThan(0);
    expect(actionTitles(card)).not.toContain('Close the round');
    expect(actionTitles(card)).not.toContain('Withdraw my objection');
  });

  test('on a member’s own card the answers follow the round section and their own answer', () => {
    const card = cardOf(fixture('consent-round'), 'farid');
    expect(card.body.at(-1)).toMatchObject({ type: 'ActionSet' });
    expect(cardTexts({ body: [card.body.at(-2)] })).toEqual(['You have not answered yet.']);
    expect(card.body.at(-3)).toMatchObject({ type: 'TextBlock', text: 'Not yet answered: Dev Patel, Farid Haddad, Hana Sato' });
  });

  test('concern and objection ask for their text, which is required, each in an input of its own', () => {
    const card = cardOf(fixture('consent-round'), null);
    for (const [title, id] of [
      ['Consent with a concern', 'concern'],
      ['Object', 'objection'],
    ] as const) {
      const show = actionTitled(card, title);
      expect(show.type).toBe('Action.ShowCard');
      expect(showCardBody(show).filter((element) => String(element.type).startsWith('Input.'))).toEqual([
        expect.objectContaining({ type: 'Input.Text', id, isRequired: true, errorMessage: expect.any(String), maxLength: 2000 }),
      ]);
    }
  });

  test('every form has its own input id, the one the step reads', () => {
    const formsOf = (state: ProposalState, viewer: PersonId | null) =>
      allActions(cardOf(state, viewer))
        .filter((action) => action.type === 'Action.ShowCard')
        .map(
          (action) =>
            [
              String(action.title),
              showCardBody(action)
                .filter((element) => String(element.type).startsWith('Input.'))
                .map((element) => element.id),
            ] as const,
        );
    const forms = new Map([
      ...formsOf(fixture('clarifying'), 'hana'),
      ...formsOf(fixture('reactions'), 'hana'),
      ...formsOf(fixture('consent-round'), 'dev'),
      ...formsOf(rotaAt('consent-round', careCoop(), 'sync'), 'hana'),
    ]);
    expect(Object.fromEntries(forms)).toEqual({
      'Ask a question': ['question'],
      'Answer a question': ['answer-q2'],
      'Give a quick reaction': ['reaction'],
      'Open the consent round': ['mode'],
      'Consent with a concern': ['concern'],
      Object: ['objection'],
      'Close the round': ['present'],
      Amend: ['amendment'],
      Withdraw: ['reason'],
    });
    // The data of a step knows each of these inputs by name (answers to questions by the question's id).
    const known = Object.keys(ProposalStepData.shape);
    for (const id of [...forms.values()].flat()) expect(String(id).startsWith('answer-') || known.includes(String(id))).toBe(true);
  });

  test('async round before the deadline with answers missing: Hana is not offered “Close the round”', () => {
    const state = fixture('consent-round');
    expect(transition(proposalDecider, state, { type: 'close-consent-round', proposalId }, as('hana'), now).ok).toBe(false);
    expect(actionTitles(cardOf(state, 'hana'))).not.toContain('Close the round');
  });

  test('async round once everyone has answered: Hana closes it with one click', () => {
    let state = fixture('consent-round');
    for (const who of ['dev', 'farid', 'hana']) state = answer(state, who, 'consent');
    const card = cardOf(state, 'hana');
    const close = actionTitled(card, 'Close the round');
    expect(close).toMatchObject({
      type: 'Action.Execute',
      verb: 'proposal-step',
      data: { subject: 'proposal', circleId: 'northside', proposalId, revision: 1, step: 'close-consent-round' },
    });
    expect(proposalOf(act(state, 'hana', { type: 'close-consent-round' })).status).toBe('adopted');
    expect(actionTitles(cardOf(state, 'dev'))).not.toContain('Close the round');
    expect(actionTitles(cardOf(state, 'farid'))).not.toContain('Close the round');
    expect(actionTitles(cardOf(state, null))).not.toContain('Close the round');
  });

  test('async round after the deadline: offered where silence is consent, not where everyone must answer', () => {
    const late = daysFromNow(8);
    expect(actionTitles(cardOf(fixture('consent-round'), 'hana', late))).not.toContain('Close the round');

    const structure = step(
      structureDecider,
      careCoop(),
      {
        type: 'set-circle-policy',
        circleId: 'northside',
        policy: { ...defaultCirclePolicy, closing: { ...defaultCirclePolicy.closing, silence: 'silence-is-consent' } },
      },
      admin,
    );
    const silent = rotaAt('consent-round', structure);
    expect(actionTitles(cardOf(silent, 'hana', now))).not.toContain('Close the round');
    expect(actionTitles(cardOf(silent, 'hana', late))).toContain('Close the round');
  });

  test('sync round with no answers yet: nobody can close it', () => {
    const state = act(rotaAt('reactions'), 'hana', { type: 'open-consent-round', options: { mode: 'sync' } });
    expect(actionTitles(cardOf(state, 'hana'))).not.toContain('Close the round');
  });

  test('sync round after some answered: Hana chooses who is present, at first those who answered', () => {
    const state = rotaAt('consent-round', careCoop(), 'sync');
    const card = cardOf(state, 'hana');
    const close = actionTitled(card, 'Close the round');
    expect(close.type).toBe('Action.ShowCard');
    const present = showCardBody(close).find((element) => element.id === 'present');
    expect(present).toMatchObject({
      type: 'Input.ChoiceSet',
      isMultiSelect: true,
      isRequired: true,
      value: 'amara,grace',
      choices: [
        { title: 'Amara Okafor', value: 'amara' },
        { title: 'Dev Patel', value: 'dev' },
        { title: 'Farid Haddad', value: 'farid' },
        { title: 'Grace Lin', value: 'grace' },
        { title: 'Hana Sato', value: 'hana' },
      ],
    });
    expect(actionTitled(card, 'Close with those present')).toMatchObject({
      verb: 'proposal-step',
      data: { proposalId, revision: 1, step: 'close-consent-round' },
    });
    // The default is a close the core accepts.
    expect(proposalOf(act(state, 'hana', { type: 'close-consent-round', present: ['amara', 'grace'] })).status).toBe('adopted');
    expect(actionTitles(cardOf(state, 'dev'))).not.toContain('Close the round');
    expect(actionTitles(cardOf(state, 'farid'))).not.toContain('Close the round');
    expect(actionTitles(cardOf(state, null))).not.toContain('Close the round');
  });

  test('a facilitator who objected in a sync round: the answers in one row, her steps in another, neither beyond the six Teams shows', () => {
    let state = rotaAt('consent-round', careCoop(), 'sync');
    state = answer(state, 'hana', 'object', faridObjection);
    const card = cardOf(state, 'hana');
    expect(topTitles(card)).toEqual(['Withdraw my objection', 'Close the round', 'Amend', 'Withdraw']);
    expect(setTitles(card)).toEqual([answerTitles]);
    expect(actionRows(card).map((row) => row.length)).toEqual([4, 4]);
    for (const row of actionRows(card)) expect(row.length).toBeLessThanOrEqual(teamsMaxActions);
    expect(cardValidationProblems(card)).toEqual([]);
  });

  test('Hana opens the consent round choosing how the circle answers', () => {
    const open = actionTitled(cardOf(fixture('reactions'), 'hana'), 'Open the consent round');
    expect(showCardBody(open)).toContainEqual(
      expect.objectContaining({
        type: 'Input.ChoiceSet',
        id: 'mode',
        value: 'async',
        choices: [expect.objectContaining({ value: 'async' }), expect.objectContaining({ value: 'sync' })],
      }),
    );
    expect(actionTitles(cardOf(fixture('reactions'), 'dev'))).not.toContain('Open the consent round');
  });

  test('the author is offered “Amend” in integration, with the current text to edit', () => {
    const state = fixture('integration');
    // The core would take an amendment from Dev now …
    expect(transition(proposalDecider, state, { type: 'amend-proposal', proposalId, text: amendedText }, as('dev'), now).ok).toBe(true);
    // … so his card offers it.
    const card = cardOf(state, 'dev');
    expect(actionTitles(card)).toContain('Amend');
    const amend = actionTitled(card, 'Amend');
    expect(showCardBody(amend)).toContainEqual(
      expect.objectContaining({ type: 'Input.Text', id: 'amendment', value: proposalOf(state).text, isRequired: true }),
    );
    expect(actionTitled(card, 'Send amendment')).toMatchObject({ data: { proposalId, revision: 1, step: 'amend-proposal' } });
    expect(actionTitles(cardOf(state, 'farid'))).not.toContain('Amend');
  });

  test.each(stages)('%s: “Amend” is offered to exactly those the core takes an amendment from', (stage) => {
    const state = fixture(stage);
    const offeredTo = ['amara', 'ben', 'dev', 'farid', 'grace', 'hana'].filter((who) => topTitles(cardOf(state, who)).includes('Amend'));
    const mayAmend = ['amara', 'ben', 'dev', 'farid', 'grace', 'hana'].filter(
      (who) => transition(proposalDecider, state, { type: 'amend-proposal', proposalId, text: amendedText }, as(who), now).ok,
    );
    expect(offeredTo).toEqual(mayAmend);
    // The author and the facilitator, from presentation until the decision.
    expect(offeredTo).toEqual(
      ['presented', 'clarifying', 'reactions', 'consent-round', 'integration'].includes(stage) ? ['dev', 'hana'] : [],
    );
    expect(topTitles(cardOf(state, null))).not.toContain('Amend');
  });

  test('the amendment form is prefilled with a text of up to 2,000 characters; a longer one is not repeated', () => {
    const amendTo = (length: number) => {
      const text = `${'Weekend shifts rotate monthly. '.repeat(Math.ceil(length / 31)).slice(0, length - 1)}.`;
      expect(text).toHaveLength(length);
      const state = act(fixture('integration'), 'dev', { type: 'amend-proposal', text });
      const input = showCardBody(actionTitled(cardOf(state, 'hana'), 'Amend')).find((element) => element.id === 'amendment');
      expect(actionTitled(cardOf(state, 'hana'), 'Send amendment')).toMatchObject({ data: { step: 'amend-proposal', revision: 2 } });
      return { text, input };
    };
    const fits = amendTo(2_000);
    expect(fits.input).toMatchObject({ type: 'Input.Text', value: fits.text, isRequired: true, maxLength: 20_000 });
    expect(fits.input).not.toHaveProperty('placeholder');
    const long = amendTo(2_001);
    expect(long.input).toMatchObject({ type: 'Input.Text', placeholder: expect.any(String), isRequired: true, maxLength: 20_000 });
    expect(long.input).not.toHaveProperty('value');
  });

  test('an objector is offered “Withdraw my objection”; others are not', () => {
    const integration = fixture('integration');
    for (const objector of ['farid', 'amara']) {
      expect(actionTitled(cardOf(integration, objector), 'Withdraw my objection')).toMatchObject({
        verb: 'proposal-step',
        data: { step: 'withdraw-objection', revision: 1 },
      });
    }
    for (const viewer of [null, 'dev', 'hana', 'grace'])
      expect(actionTitles(cardOf(integration, viewer))).not.toContain('Withdraw my objection');

    const objecting = answer(fixture('consent-round'), 'farid', 'object', faridObjection);
    expect(actionTitles(cardOf(objecting, 'farid'))).toContain('Withdraw my objection');
    expect(actionTitles(cardOf(objecting, 'amara'))).not.toContain('Withdraw my objection');
  });

  test('“Stand aside” is offered only where the circle allows it', () => {
    expect(actionTitles(cardOf(fixture('consent-round'), null))).toContain('Stand aside');

    const structure = step(
      structureDecider,
      careCoop(),
      { type: 'set-circle-policy', circleId: 'northside', policy: { ...defaultCirclePolicy, standAsideAllowed: false } },
      admin,
    );
    const state = rotaProposalAt(structure, 'consent-round');
    for (const viewer of [null, 'farid', 'hana']) {
      const card = cardOf(state, viewer);
      expect(actionTitles(card)).not.toContain('Stand aside');
      expect(setTitles(card)).toEqual([['Consent', 'Consent with a concern', 'Object']]);
      expect(cardProblems(card)).toEqual([]);
      expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
    }
  });
});

describe('the viewer’s own answer', () => {
  const state = fixture('consent-round');

  test('a concern is shown with its text', () => {
    expect(bodyText(cardOf(state, 'grace'))).toContain(`Your answer: consent with a concern: “${graceConcern}”`);
  });

  test('a plain consent, and an objection with its reason', () => {
    expect(bodyText(cardOf(state, 'amara'))).toContain('Your answer: consent.');
    expect(bodyText(cardOf(answer(state, 'farid', 'object', faridObjection), 'farid'))).toContain(
      `Your answer: object: “${faridObjection}”`,
    );
  });

  test('“You have not answered yet.” otherwise', () => {
    expect(bodyText(cardOf(state, 'farid'))).toContain('You have not answered yet.');
    expect(bodyText(cardOf(state, 'farid'))).not.toContain('Your answer:');
  });

  test('the shared card shows no one’s own answer', () => {
    const text = bodyText(cardOf(state, null));
    expect(text).not.toContain('Your answer');
    expect(text).not.toContain('You have not answered yet.');
  });

  test('someone the round does not ask (Ben, no member of Northside) is neither asked to answer nor told of an answer', () => {
    const card = cardOf(state, 'ben');
    expect(bodyText(card)).not.toContain('Your answer');
    expect(bodyText(card)).not.toContain('You have not answered yet.');
    expect(actionSets(card)).toEqual([]);
    for (const title of answerTitles) expect(actionTitles(card)).not.toContain(title);
    // He still sees how the round stands.
    expect(bodyText(card)).toContain('2 of 5 have answered');
  });

  test('a member who joined after the round opened is not asked in it; one who left is no longer asked', () => {
    const joined = step(
      structureDecider,
      careCoop(),
      { type: 'add-member', circleId: 'northside', member: { personId: 'ben', displayName: 'Ben Hughes', guest: false } },
      admin,
    );
    const withBen: ProposalState = { ...state, circle: circleOf(joined, 'northside') };
    expect(transition(proposalDecider, withBen, { type: 'answer', proposalId, answer: { kind: 'consent' } }, as('ben'), now).ok).toBe(
      false,
    );
    const ben = cardOf(withBen, 'ben');
    expect(actionSets(ben)).toEqual([]);
    expect(bodyText(ben)).not.toContain('You have not answered yet.');
    expect(setTitles(cardOf(withBen, 'farid'))).toEqual([answerTitles]);

    const left = step(structureDecider, careCoop(), { type: 'remove-member', circleId: 'northside', personId: 'farid' }, admin);
    const withoutFarid: ProposalState = { ...state, circle: circleOf(left, 'northside') };
    const farid = cardOf(withoutFarid, 'farid');
    expect(actionSets(farid)).toEqual([]);
    expect(bodyText(farid)).not.toContain('You have not answered yet.');
    expect(bodyText(farid)).toContain('2 of 4 have answered');
    expect(setTitles(cardOf(withoutFarid, 'dev'))).toEqual([answerTitles]);
  });

  test('the round section shows who answered what', () => {
    const text = bodyText(cardOf(state, null));
    expect(text).toContain('2 of 5 have answered');
    expect(text).toContain('Consent: Amara Okafor');
    expect(text).toContain(`**Grace Lin**: ${graceConcern}`);
    expect(text).toContain('Not yet answered: Dev Patel, Farid Haddad, Hana Sato');
  });
});

describe('refresh', () => {
  test.each(
    stages.filter((stage) => stage !== 'adopted' && stage !== 'withdrawn'),
  )('%s: refresh carries at most 60 user ids and the current revision', (stage) => {
    const state = fixture(stage);
    for (const viewer of viewers) {
      const card = cardOf(state, viewer, now, teamsUsers);
      expect(card.refresh?.userIds).toEqual(teamsUsers.slice(0, 60));
      expect(card.refresh?.action).toEqual({
        type: 'Action.Execute',
        title: 'Refresh',
        verb: 'refresh',
        data: { subject: 'proposal', circleId: 'northside', proposalId, revision: proposalOf(state).revision },
      });
    }
    expect(cardOf(state, null, now, teamsUsers.slice(0, 3)).refresh?.userIds).toEqual(teamsUsers.slice(0, 3));
  });

  test.each(['adopted', 'withdrawn'] as const)('%s: no refresh', (stage) => {
    for (const viewer of viewers) expect(cardOf(fixture(stage), viewer, now, teamsUsers)).not.toHaveProperty('refresh');
  });
});

describe('decided cards', () => {
  test('the adopted card lists the objections, how each was resolved, and the review date', () => {
    const card = cardOf(fixture('adopted'), null);
    const text = bodyText(card);
    expect(text).toContain('Objections and how they were resolved');
    expect(text).toContain(`**Farid Haddad** (revision 1): ${faridObjection} — integrated by amendment`);
    expect(text).toContain(`**Amara Okafor** (revision 1): ${amaraObjection} — withdrawn`);
    expect(text).toContain('Adopted by consent on Nov 21, 2026. The circle reviews it by Jun 1, 2027.');
    expect(cardTexts(card)).toContain('Review by: Jun 1, 2027');
    expect(text).toContain(amendedText);
    expect(text).toContain('5 of 5 have answered');
    expect(topTitles(card)).toEqual([]);
  });

  test('the withdrawn card gives who withdrew it, when, and why', () => {
    const card = cardOf(fixture('withdrawn'), 'farid');
    expect(bodyText(card)).toContain(`Withdrawn on Nov 21, 2026 by Dev Patel: ${withdrawalReason}`);
    expect(topTitles(card)).toEqual([]);
  });

  test('the integration card shows the open objections with their reasons', () => {
    const text = bodyText(cardOf(fixture('integration'), null));
    expect(text).toContain(`**Farid Haddad**: ${faridObjection}`);
    expect(text).toContain(`**Amara Okafor**: ${amaraObjection}`);
  });
});

describe('a large round', () => {
  const longName = (n: number) =>
    `Member ${String(n).padStart(2, '0')}: Alexandrina Konstantinou-Papadopoulou (Northside nights, weekends and holidays)`;

  function largeRound(mode: 'async' | 'sync', nameOf: (n: number) => string = longName) {
    let structure = careCoop();
    for (let n = 1; n <= 55; n++) {
      structure = step(
        structureDecider,
        structure,
        { type: 'add-member', circleId: 'northside', member: { personId: `member-${n}`, displayName: nameOf(n), guest: n % 7 === 0 } },
        admin,
      );
    }
    const circle = circleOf(structure, 'northside');
    expect(circle.members).toHaveLength(60);
    const words = (length: number, word: string) => `${`${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length - 1)}.`;
    let state: ProposalState = { circle, proposal: null };
    state = step(
      proposalDecider,
      state,
      {
        type: 'draft-proposal',
        proposalId,
        title: 'A very long proposal',
        text: words(20_000, 'rota'),
        driver: words(4_000, 'because'),
        reviewDate: '2027-06-01',
      },
      as('dev'),
    );
    expect(proposalOf(state).text.length).toBe(20_000);
    expect(proposalOf(state).driver.length).toBe(4_000);
    state = act(state, 'dev', { type: 'present-proposal' });
    state = act(state, 'hana', { type: 'open-clarifying-questions' });
    state = act(state, 'hana', { type: 'open-quick-reactions' });
    state = act(state, 'hana', { type: 'open-consent-round', options: { mode } });
    // 15 objections, 15 concerns (2,000 characters each), 15 consents, 15 still to answer.
    const ids = circle.members.map((m) => m.personId);
    ids.slice(0, 45).forEach((who, i) => {
      if (i < 15) state = answer(state, who, 'object', words(2_000, `objection${i}`));
      else if (i < 30) state = answer(state, who, 'concern', words(2_000, `concern${i}`));
      else state = answer(state, who, 'consent');
    });
    return { state, circle, answered: ids.slice(0, 45) };
  }

  const rounds = { async: largeRound('async'), sync: largeRound('sync') };

  /**
   * The limits a card may shorten display names to as it shrinks to fit (a tenth of the
   * text limit, at least 16): a name is either whole or cut to one of these.
   */
  const nameLimits = [60, 30, 16];

  /**
   * Checks that the round section names every one of the 60, each in the group of
   * their answer, all shortened to one and the same name limit; returns that limit.
   */
  function expectEveryoneNamed(card: AdaptiveCard, circle: Circle, ids: readonly PersonId[]): number {
    const displayName = (personId: PersonId) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
    const lines = cardTexts(card);
    const limit = nameLimits.find((n) =>
      lines.includes(
        `Consent: ${ids
          .slice(30, 45)
          .map((id) => shorten(displayName(id), n))
          .join(', ')}`,
      ),
    );
    if (limit === undefined)
      throw new Error(
        `no consent line with names shortened to ${nameLimits.join(', ')}: ${lines.find((line) => line.startsWith('Consent:'))}`,
      );
    const name = (personId: PersonId) => shorten(displayName(personId), limit);
    expect(lines).toContain(`Not yet answered: ${ids.slice(45).map(name).join(', ')}`);
    const reasonsOf = (ofIds: readonly PersonId[]) =>
      ofIds.map((id) => lines.filter((line) => line.startsWith(`**${name(id)}**: `)).length);
    expect(reasonsOf(ids.slice(0, 30))).toEqual(Array(30).fill(1)); // 15 objections and 15 concerns, each with its reason
    expect(new Set(ids.map(name)).size).toBe(60); // shortened, the names still tell the 60 apart
    return limit;
  }
  const cases = (['async', 'sync'] as const).flatMap((mode) =>
    [null, 'dev', 'hana', 'farid', 'amara', 'member-40'].map((viewer) => [mode, viewer ?? 'everyone'] as const),
  );

  test.each(cases)('%s round of 60, seen by %s: fits, parses clean, names all 60 and counts right', (mode, who) => {
    const { state, circle } = rounds[mode];
    const card = cardOf(state, who === 'everyone' ? null : who, now, teamsUsers);
    expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
    expect(cardProblems(card)).toEqual([]);
    const text = bodyText(card);
    expect(text).toContain('45 of 60 have answered');
    expectEveryoneNamed(
      card,
      circle,
      circle.members.map((m) => m.personId),
    );
    expect(card.refresh?.userIds).toHaveLength(60);
    // Those the round asks get the row of answers; their own answer is shown.
    expect(setTitles(card)).toEqual([answerTitles]);
    if (who === 'member-40') expect(text).toContain('Your answer: consent.');
    if (who === 'amara') expect(text).toContain('Your answer: object: “objection0');
    if (who === 'dev') expect(text).toContain('Your answer: object: “objection1');
    if (who !== 'dev' && who !== 'hana') expect(actionTitles(card)).not.toContain('Amend');
  });

  // The card asks the core with a short changed text, so a text at its 20,000-character maximum still offers “Amend”.
  test.each([
    'async',
    'sync',
  ] as const)('%s round of 60 with a 20,000-character text: author and facilitator are offered “Amend”, without the text repeated', (mode) => {
    const { state } = rounds[mode];
    for (const who of ['dev', 'hana']) {
      expect(transition(proposalDecider, state, { type: 'amend-proposal', proposalId, text: 'A shorter rota.' }, as(who), now).ok).toBe(
        true,
      );
      const input = showCardBody(actionTitled(cardOf(state, who, now, teamsUsers), 'Amend')).find((element) => element.id === 'amendment');
      expect(input).toMatchObject({ placeholder: expect.any(String), isRequired: true });
      expect(input).not.toHaveProperty('value');
    }
  });

  test.each([null, 'hana'])('display names at their 200-character maximum: the sync round of 60 seen by %s still fits', (viewer) => {
    const longest = (n: number) => `Member ${String(n).padStart(2, '0')} `.padEnd(200, 'Konstantinou-Papadopoulou ').trim();
    expect(longest(7).length).toBeGreaterThan(195);
    const { state, circle } = largeRound('sync', longest);
    const card = cardOf(state, viewer, now, teamsUsers);
    expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
    expect(cardProblems(card)).toEqual([]);
    expect(cardValidationProblems(card)).toEqual([]);
    expect(bodyText(card)).toContain('45 of 60 have answered');
    const ids = circle.members.map((m) => m.personId);
    const limit = expectEveryoneNamed(card, circle, ids);
    expect(limit).toBeLessThan(200);
    if (viewer === 'hana') {
      // The facilitator's choice of who is present names them the same way.
      const present = showCardBody(actionTitled(card, 'Close the round')).find((element) => element.id === 'present');
      const choices = (present?.choices ?? []) as { title: string; value: string }[];
      expect(choices.map((choice) => choice.value)).toEqual(ids);
      expect(choices.map((choice) => choice.title)).toEqual(circle.members.map((m) => shorten(m.displayName, limit)));
    }
  });

  test('the facilitator of the sync round chooses among all 60, the 45 who answered at first', () => {
    const { state, answered } = rounds.sync;
    const close = actionTitled(cardOf(state, 'hana', now, teamsUsers), 'Close the round');
    const present = showCardBody(close).find((element) => element.id === 'present');
    const choices = (present?.choices ?? []) as { title: string; value: string }[];
    expect(choices.map((choice) => choice.value)).toEqual(rounds.sync.circle.members.map((m) => m.personId));
    for (const [i, choice] of choices.entries()) {
      const full = rounds.sync.circle.members[i]?.displayName ?? '';
      expect(nameLimits.some((n) => choice.title === shorten(full, n))).toBe(true);
    }
    expect(present?.value).toBe(answered.join(','));
  });
});

describe('conversation cards', () => {
  const structure = careCoop();
  const circles = [circleOf(structure, 'hub'), circleOf(structure, 'northside'), circleOf(structure, 'finance')];
  const northside = circleOf(structure, 'northside');
  const reviews: Review[] = [
    {
      kind: 'decision',
      subjectId: 'weekend-rota',
      circleId: 'northside',
      title: 'Rotate weekend shifts monthly',
      reviewDate: '2026-11-01',
      status: 'overdue',
    },
    {
      kind: 'role-term',
      subjectId: 'northside-facilitator',
      circleId: 'northside',
      title: 'Facilitator of Northside',
      reviewDate: '2026-12-01',
      status: 'due',
    },
    { kind: 'decision', subjectId: 'later', circleId: 'finance', title: 'Budget', reviewDate: '2027-11-01', status: 'upcoming' },
  ];
  const awaitingHana = whatAwaits(
    'hana',
    {
      entries: [
        {
          kind: 'proposal',
          id: 'weekend-rota',
          circleId: 'northside',
          askedIn: 'northside',
          circleName: northside.name,
          title: 'Rotate weekend shifts monthly',
          awaits: 'answer',
          deadline: '2026-11-28T09:00:00.000Z',
        },
        {
          kind: 'selection',
          id: 'northside-delegate-2027',
          circleId: 'northside',
          askedIn: 'northside',
          circleName: northside.name,
          title: 'Delegate of Northside care team',
          awaits: 'nomination',
          deadline: null,
        },
      ],
      circles,
      reviews: [
        {
          kind: 'decision',
          subjectId: 'bank-holidays',
          circleId: 'northside',
          title: 'Shorter visits on bank holidays',
          reviewDate: '2026-11-01',
          status: 'overdue',
        },
      ],
      meetings: [
        {
          meetingId: 'northside-next',
          circleId: 'northside',
          scheduledFor: '2026-11-24T09:00:00.000Z',
          plannedBy: 'dev',
          status: 'planned',
          agenda: [],
          checkIns: {},
          agendaConsentedAt: null,
          minutes: {},
          evaluations: {},
          closedAt: null,
          speakingOrder: [],
          round: null,
          currentItemId: null,
          clocks: {},
          nextMeeting: null,
        },
      ],
    },
    now,
  );
  const presented: Proposal = { ...proposalOf(fixture('presented')), proposalId: 'handover-notes', title: 'Weekend handover notes' };
  const cards: [string, AdaptiveCard][] = [
    ['help', helpCard(english)],
    ['help for an unknown command', helpCard(english, 'frobnicate the rota')],
    ['error', errorCard('Only the circle’s facilitator moves a proposal between stages.')],
    [
      'proposal card with a banner',
      withBanner(cardOf(fixture('integration'), 'farid'), 'This consent round has closed; answers are no longer taken.'),
    ],
    ['greeting, not yet bound', greetingCard(circles, null, english)],
    ['greeting, no circles yet', greetingCard([], null, english)],
    ['greeting, bound', greetingCard(circles, northside, english)],
    ['propose, not bound', proposeCard(circles, null, today, english)],
    ['propose, bound', proposeCard(circles, northside, today, english)],
    ['status', statusCard({ awaiting: awaitingHana, proposals: [presented], selections: [] }, circles, null, english)],
    ['status in a circle, nothing awaits', statusCard({ awaiting: [], proposals: [], selections: [] }, circles, northside, english)],
    ['select, bound', selectCard(circles, northside, english)],
    ['select, not bound', selectCard(circles, null, english)],
    ['reviews', reviewsCard(reviews, now, english)],
    ['reviews, nothing due', reviewsCard([], now, english)],
  ];

  test.each(cards)('%s: parses clean and fits', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
  });

  test.each(cards)('%s: passes the library’s validation', (_name, card) => {
    expect(cardValidationProblems(card)).toEqual([]);
  });

  test('help says what it did not understand', () => {
    expect(bodyText(helpCard(english, 'frobnicate the rota'))).toContain('I did not understand “frobnicate the rota”');
    expect(bodyText(helpCard(english))).not.toContain('did not understand');
    expect(cardTexts(helpCard(english))).toContain('propose: draft a proposal for this circle');
  });

  test('a banner goes on top of the card it is added to', () => {
    const shown = cardOf(fixture('consent-round'), 'farid');
    const bannered = withBanner(shown, 'Refused.');
    expect(bannered.body.slice(1)).toEqual(shown.body);
    expect(cardTexts(bannered)[0]).toBe('Refused.');
    expect(bannered.actions).toEqual(shown.actions);
  });

  test('greeting: bind to a circle or create one; a bound conversation just says which circle it is', () => {
    const unbound = greetingCard(circles, null, english);
    expect(topTitles(unbound)).toEqual(['Bind to a circle', 'Create a new circle']);
    // Each form holds its own inputs, so creating a circle never asks for the circle to bind to.
    expect(showCardBody(actionTitled(unbound, 'Bind to a circle')).map((element) => element.id)).toEqual(['circleId']);
    expect(unbound.body.some((element) => element.type === 'Input.ChoiceSet')).toBe(false);
    expect(topTitles(greetingCard([], null, english))).toEqual(['Create a new circle']);
    expect(
      showCardBody(actionTitled(unbound, 'Create a new circle'))
        .map((element) => element.id)
        .filter(Boolean),
    ).toEqual(['name', 'aim', 'domain', 'parentId']);
    const bound = greetingCard(circles, northside, english);
    expect(bodyText(bound)).toContain('This conversation is the circle “Northside care team”.');
    expect(allActions(bound)).toEqual([]);
  });

  test('greeting with no circles yet: the new circle is the general one, inside no other', () => {
    const first = greetingCard([], null, english);
    const create = showCardBody(actionTitled(first, 'Create a new circle'));
    expect(create.map((element) => element.id).filter(Boolean)).toEqual(['name', 'aim', 'domain']);
    expect(cardTexts({ body: create })).toContain('This will be the organisation’s general circle.');
    expect(allElements(first).filter((element) => element.type === 'Input.ChoiceSet')).toEqual([]);
    // What the form sends without a parent is a general circle.
    expect(CreateCircleData.parse({ name: 'Riverside Care Co-op' })).toEqual({
      name: 'Riverside Care Co-op',
      aim: '',
      domain: '',
      parentId: null,
    });
    expect(CreateCircleData.parse({ name: 'Northside', parentId: 'hub' }).parentId).toBe('hub');
  });

  test('propose: the circle is chosen only where the conversation is not bound', () => {
    const unbound = proposeCard(circles, null, today, english);
    const bound = proposeCard(circles, northside, today, english);
    expect(
      allElements(unbound)
        .map((e) => e.id)
        .filter(Boolean),
    ).toEqual(['circleId', 'title', 'text', 'driver', 'reviewDate']);
    expect(
      allElements(bound)
        .map((e) => e.id)
        .filter(Boolean),
    ).toEqual(['title', 'text', 'driver', 'reviewDate']);
    expect(allElements(bound)).toContainEqual(expect.objectContaining({ id: 'reviewDate', value: '2027-05-21' }));
    expect(executes(bound)[0]?.data).toEqual({ subject: 'conversation', circleId: 'northside' });
    expect(executes(unbound)[0]?.data).toEqual({ subject: 'conversation' });
  });

  test('status: everything awaiting the viewer, each with its sentence, then what else is open, with a button to show each', () => {
    const card = statusCard(
      { awaiting: awaitingHana, proposals: [presented, { ...presented, proposalId: 'weekend-rota' }], selections: [] },
      circles,
      null,
      english,
    );
    const text = bodyText(card);
    expect(text).toContain('Awaiting you');
    expect(text).toContain('**Consent round** · Rotate weekend shifts monthly — Northside care team');
    expect(text).toContain('**Overdue** · Shorter visits on bank holidays — Northside care team');
    expect(text).toContain('**Meeting** · Meeting on Nov 24, 2026 — Northside care team');
    for (const step of awaitingHana) expect(text).toContain(textsFor('en').say('core', awaitedGuide(step)));
    expect(executes(card).map((action) => action.data)).toEqual([
      { subject: 'proposal', circleId: 'northside', proposalId: 'bank-holidays' },
      { subject: 'proposal', circleId: 'northside', proposalId: 'weekend-rota' },
      { subject: 'selection', circleId: 'northside', selectionId: 'northside-delegate-2027' },
      { subject: 'proposal', circleId: 'northside', proposalId: 'handover-notes' },
    ]);
    // What else is undecided is listed once, after what awaits the viewer.
    expect(text).toContain('Also open in your circles');
    expect(text).toContain('Weekend handover notes — Northside care team, presented');
    expect(text.match(/Rotate weekend shifts monthly/g)).toHaveLength(1);
    expect(bodyText(statusCard({ awaiting: [], proposals: [], selections: [] }, circles, northside, english))).toContain(
      'Nothing awaits you in Northside care team.',
    );
  });

  test('reviews: what is due or overdue', () => {
    const text = bodyText(reviewsCard(reviews, now, english));
    expect(text).toContain('**Overdue** · Rotate weekend shifts monthly — review by Nov 1, 2026');
    expect(text).toContain('Due · Facilitator of Northside — review by Dec 1, 2026');
    expect(text).not.toContain('Budget');
    expect(bodyText(reviewsCard([], now, english))).toContain('Nothing is due for review on Nov 21, 2026.');
  });
});

describe('shorten', () => {
  const codePoints = (value: string) => Array.from(value);

  test('leaves a text within the limit as it is', () => {
    expect(shorten('Rotate weekend shifts', 21)).toBe('Rotate weekend shifts');
  });

  test('cuts at a word and adds an ellipsis', () => {
    expect(shorten('Weekend shifts rotate monthly among all carers', 25)).toBe('Weekend shifts rotate…');
  });

  test('cuts inside a word only when no word ends beyond 60 % of the cut', () => {
    expect(shorten('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(shorten('ab cdefghijklmnopqrstuvwxyz', 12)).toBe('ab cdefghij…');
    // The cut is 10 characters: a space at 7 is beyond 60 % of it, one at 6 is not.
    expect(shorten('abcdefg hijklmnop', 11)).toBe('abcdefg…');
    expect(shorten('abcdef ghijklmnop', 11)).toBe('abcdef ghi…');
  });

  test('counts characters, not UTF-16 units: an emoji is never split', () => {
    expect(shorten('😀😀😀', 3)).toBe('😀😀😀');
    expect(shorten('😀😀😀', 2)).toBe('😀…');
    expect(shorten('Café 😀 rota', 6)).toBe('Café…');
  });

  test('below two characters there is no room for an ellipsis: a plain prefix', () => {
    expect(shorten('Rota', 1)).toBe('R');
    expect(shorten('😀😀', 1)).toBe('😀');
    expect(shorten('Rota', 0)).toBe('');
    expect(shorten('', 0)).toBe('');
  });

  test('never longer than the limit; a shortened text is a prefix of the original with an ellipsis, cut at the last space beyond 60 % of the cut', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '\n'), maxLength: 300 }),
        fc.integer({ min: 0, max: 320 }),
        (value, limit) => {
          const chars = codePoints(value);
          const short = shorten(value, limit);
          const kept = codePoints(short);
          expect(kept.length).toBeLessThanOrEqual(limit);
          if (chars.length <= limit) {
            expect(short).toBe(value);
            return;
          }
          if (limit < 2) {
            expect(short).toBe(chars.slice(0, limit).join(''));
            return;
          }
          expect(kept.at(-1)).toBe('…');
          const prefix = kept.slice(0, -1).join('');
          expect(value.startsWith(prefix)).toBe(true);
          const cut = chars.slice(0, limit - 1);
          const lastSpace = cut.lastIndexOf(' ');
          expect(prefix).toBe(lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace).join('') : cut.join(''));
        },
      ),
    );
  });

  test('with characters outside the BMP: at most `limit` characters, a prefix cut at a space or at the limit, never inside a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '😀', '𝄞'), maxLength: 200 }),
        fc.integer({ min: 0, max: 220 }),
        (value, limit) => {
          const chars = codePoints(value);
          const short = shorten(value, limit);
          const kept = codePoints(short);
          expect(kept.length).toBeLessThanOrEqual(limit);
          expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no half of a character
          if (chars.length <= limit) return expect(short).toBe(value);
          if (limit < 2) return expect(short).toBe(chars.slice(0, limit).join(''));
          expect(kept.at(-1)).toBe('…');
          const prefix = kept.slice(0, -1);
          const cut = chars.slice(0, limit - 1);
          expect(prefix.join('')).toBe(cut.slice(0, prefix.length).join(''));
          // Either the whole cut, or the cut up to its last space.
          if (prefix.length < cut.length) expect(prefix.length).toBe(cut.lastIndexOf(' '));
        },
      ),
    );
  });
});

describe('a card in its reader’s language', () => {
  const dutch = textsFor('nl');
  const inDutch = (viewer: PersonId | null) =>
    proposalCard(
      {
        proposal: proposalOf(fixture('consent-round')),
        circle: fixture('consent-round').circle,
        viewer,
        now,
        refreshUserIds: teamsUsers.slice(0, 5),
      },
      dutch,
    );

  it('speaks Dutch, and leaves the deadline to Teams so each reader sees it in their own zone', () => {
    const texts = cardTexts(inDutch('hana'));
    expect(texts).toEqual(expect.arrayContaining(['Fase: consentronde']));
    expect(texts.find((line) => line.startsWith('Uiterlijk: '))).toMatch(
      /^Uiterlijk: \{\{DATE\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z, SHORT\)\}\} \{\{TIME\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\)\}\}$/,
    );
    expect(texts.join(' ')).not.toMatch(/UTC|Stage|Deadline/);
    expect(allActions(inDutch(null)).map((action) => action.title)).toContain('Mijn weergave tonen');
  });

  it('is still a valid Adaptive Card within a Teams message', () => {
    for (const viewer of [null, 'hana', 'dev'] as const) {
      const card = inDutch(viewer);
      expect([...cardProblems(card), ...cardValidationProblems(card)]).toEqual([]);
    }
  });
});
