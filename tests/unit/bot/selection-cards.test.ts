import { textsFor } from '../../../texts/all';
import type { PersonId, Selection, SelectionState, Structure } from '../../../shared';
import { readSelection, selectionDecider, selectionForCircle, structureDecider } from '../../../shared';
import { byteSize, cardByteLimit } from '../../../functions/bot/cards/card';
import { selectionCard } from '../../../functions/bot/cards/selection-card';
import {
  actionRows,
  actionTitles,
  allActions,
  cardProblems,
  cardTexts,
  cardValidationProblems,
  inputIds,
} from '../../support/adaptive-cards';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { admin, as } from '../../support/people';
import { answerAll, nominateAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const english = textsFor('en');

type Stage = 'nominations' | 'change-round' | 'consent-round' | 'integration' | 'recorded' | 'withdrawn';

const id = northsideDelegate.selectionId;
const act = (state: SelectionState, who: string, command: object) =>
  step(selectionDecider, state, { ...command, selectionId: id }, as(who));

/** Northside's delegate selection (candidate Dev, facilitator Hana), taken through the real decider to `stage`. */
function selectionIn(stage: Stage, structure: Structure = careCoop()): SelectionState {
  if (stage === 'nominations') return nominateAll(selectionAt(structure, northsideDelegate, 'nominations'), northsideDelegate);
  if (stage === 'change-round') return selectionAt(structure, northsideDelegate, 'change-round');
  if (stage === 'withdrawn')
    return act(selectionAt(structure, northsideDelegate, 'change-round'), 'hana', {
      type: 'withdraw-selection',
      reason: 'The hub merged the delegate and leader roles.',
    });
  let state = selectionAt(structure, northsideDelegate, 'consent-round', { mode: 'sync' });
  state = answerAll(state, northsideDelegate, [
    ['amara', { kind: 'consent' }],
    ['farid', { kind: 'object', text: 'Dev already holds two roles here.' }],
    ['grace', { kind: 'concern', text: 'Will Dev have the time?' }],
  ]);
  if (stage === 'consent-round') return state;
  state = answerAll(state, northsideDelegate, [
    ['hana', { kind: 'consent' }],
    ['dev', { kind: 'consent' }],
  ]);
  state = act(state, 'hana', { type: 'close-consent-round', present: ['amara', 'dev', 'farid', 'grace', 'hana'] });
  if (stage === 'integration') return state;
  state = act(state, 'farid', { type: 'withdraw-objection' });
  return act(state, 'hana', { type: 'close-consent-round', present: ['amara', 'dev', 'farid', 'grace', 'hana'] });
}

function cardFor(state: SelectionState, viewer: PersonId | null) {
  const stored = selectionOf(state);
  // As the bot shows it: everyone's copy as the circle sees it, a person's own as they may read it.
  const read = viewer === null ? null : readSelection(stored, state.structure, as(viewer));
  const selection: Selection = read === null ? selectionForCircle(stored) : read.ok ? read.value : stored;
  return selectionCard(
    { selection, stored, structure: state.structure, viewer, now, refreshUserIds: ['teams-hana', 'teams-dev'] },
    english,
  );
}

const stages: Stage[] = ['nominations', 'change-round', 'consent-round', 'integration', 'recorded', 'withdrawn'];
const viewers: (PersonId | null)[] = [null, 'dev', 'hana', 'farid', 'amara'];
const cases = stages.flatMap((stage) => viewers.map((viewer) => [stage, viewer ?? 'everyone'] as const));
const text = (card: ReturnType<typeof cardFor>) => cardTexts(card).join('\n');

describe('selection card at every stage, for every viewer', () => {
  test.each(cases)('%s, seen by %s: parses clean, fits a Teams message, ids unique, rows of at most six', (stage, who) => {
    const card = cardFor(selectionIn(stage), who === 'everyone' ? null : who);
    expect(cardProblems(card)).toEqual([]);
    expect(cardValidationProblems(card)).toEqual([]);
    expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
    const ids = inputIds(card);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of actionRows(card)) expect(row.length).toBeLessThanOrEqual(6);
  });

  test.each(cases)('%s, seen by %s: every step names the selection and the proposal it showed', (stage, who) => {
    const state = selectionIn(stage);
    const stored = selectionOf(state);
    const revision = 'proposal' in stored ? stored.proposal.revision : 0;
    for (const action of allActions(cardFor(state, who === 'everyone' ? null : who)).filter((a) => a.type === 'Action.Execute')) {
      expect(action.data).toEqual(expect.objectContaining({ subject: 'selection', circleId: 'northside', selectionId: id, revision }));
    }
  });
});

describe('what each person sees of a selection', () => {
  it('shows each member only their own nomination until revealed, and the facilitator the way to reveal', () => {
    const state = selectionIn('nominations');
    expect(text(cardFor(state, 'amara'))).toContain('You nominated Dev Patel');
    expect(text(cardFor(state, 'amara'))).not.toContain('Grace would make sure');
    expect(text(cardFor(state, null))).toContain('Nominations stay hidden until the facilitator reveals them.');
    expect(text(cardFor(state, null))).not.toContain('takes our rota questions');
    expect(actionTitles(cardFor(state, 'hana'))).toContain('Reveal the nominations');
    expect(actionTitles(cardFor(state, 'amara'))).not.toContain('Reveal the nominations');
  });

  it('shows every nomination with its reason once revealed, and offers the facilitator the proposal', () => {
    const state = selectionIn('change-round');
    const shared = text(cardFor(state, null));
    expect(shared).toContain('**Dev Patel** names **Grace Lin**: Grace would make sure the hub hears');
    expect(shared).toContain('Named: Dev Patel 3 · Grace Lin 2');
    expect(actionTitles(cardFor(state, 'hana'))).toEqual(expect.arrayContaining(['Change my nomination', 'Propose a candidate']));
    expect(actionTitles(cardFor(state, 'farid'))).not.toContain('Propose a candidate');
  });

  it('asks the candidate last and keeps everyone’s objections in view', () => {
    const waiting = cardFor(selectionAt(careCoop(), northsideDelegate, 'consent-round'), 'dev');
    expect(text(waiting)).toContain('You are the candidate: you answer last');
    expect(actionTitles(waiting)).not.toContain('Consent');
    // In a meeting the candidate may answer once someone else has; here three have.
    const state = selectionIn('consent-round');
    const candidate = cardFor(state, 'dev');
    expect(text(candidate)).not.toContain('You are the candidate');
    expect(actionTitles(candidate)).toContain('Consent');
    expect(actionTitles(candidate)).not.toContain('Stand aside');
    expect(text(cardFor(state, 'amara'))).toContain('**Farid Haddad**: Dev already holds two roles here.');
    expect(actionTitles(cardFor(state, 'farid'))).toContain('Withdraw my objection');
  });

  it('offers the facilitator an amended proposal in integration', () => {
    const titles = actionTitles(cardFor(selectionIn('integration'), 'hana'));
    expect(titles).toContain('Amend the proposal');
  });

  it('states the recorded term and the withdrawal’s reason', () => {
    expect(text(cardFor(selectionIn('recorded'), null))).toContain(
      'Dev Patel is delegate of Northside care team from Jan 1, 2027 to Jan 1, 2028, selected by consent.',
    );
    expect(cardFor(selectionIn('recorded'), null).refresh).toBeUndefined();
    expect(text(cardFor(selectionIn('withdrawn'), null))).toContain('The hub merged the delegate and leader roles.');
  });

  it('speaks Dutch to a Dutch reader: the guide, the role and what the standard role is for', () => {
    const stored = selectionOf(selectionIn('recorded'));
    const card = selectionCard(
      { selection: selectionForCircle(stored), stored, structure: careCoop(), viewer: null, now, refreshUserIds: [] },
      textsFor('nl'),
    );
    const shown = text(card);
    expect(shown).toContain('Dev Patel is afgevaardigde van Northside care team van 1 jan 2027 tot 1 jan 2028, met consent gekozen.');
    expect(shown).toContain('Vertegenwoordigt de kring in de bovenliggende kring, gekozen door de kring zelf; lid van beide kringen.');
    expect(shown).not.toContain('selected by consent');
  });

  it('fits a round of 60 members with long names and reasons', () => {
    let structure = careCoop();
    for (let i = 0; i < 55; i += 1) {
      const member = {
        personId: `member-${i}`,
        displayName: `Member ${i} ${'of the long-named extended family '.repeat(5)}`.slice(0, 200),
        guest: false,
      };
      structure = step(structureDecider, structure, { type: 'add-member', circleId: 'northside', member }, admin);
    }
    let state = selectionAt(structure, northsideDelegate, 'nominations');
    for (let i = 0; i < 55; i += 1)
      state = act(state, `member-${i}`, { type: 'nominate', nominee: 'dev', reason: `Reason ${i} `.repeat(200).slice(0, 2000) });
    state = nominateAll(state, northsideDelegate);
    state = act(state, 'hana', { type: 'close-nominations' });
    state = act(state, 'hana', { type: 'propose-candidate', candidate: 'dev', reasoning: 'R'.repeat(4000), options: { mode: 'sync' } });
    for (const viewer of [null, 'hana', 'dev', 'member-3'] as const) {
      const card = cardFor(state, viewer);
      expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
      expect(cardProblems(card)).toEqual([]);
    }
  });
});
