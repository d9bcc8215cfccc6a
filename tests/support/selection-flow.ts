import type { SelectionState, Structure } from '../../shared';
import { selectionDecider } from '../../shared';
import { step } from './apply';
import { now } from './clock';
import { as } from './people';

/** Who names whom, and why: nominator → [nominee, reason]. */
export type NominationScript = Readonly<Record<string, readonly [string, string]>>;

export interface SelectionScript {
  readonly selectionId: string;
  /** The circle whose role is filled. */
  readonly circleId: string;
  readonly roleId: string;
  /** Who starts the selection (a member of the selecting circle). */
  readonly startedBy: string;
  /** The facilitator of the selecting circle, who leads the selection. */
  readonly facilitator: string;
  readonly termStart: string;
  readonly nominations: NominationScript;
  /** Whom the facilitator proposes, and why. */
  readonly candidate: string;
  readonly reasoning: string;
}

/**
 * Northside chooses its delegate itself, facilitated by Hana. Dev is named three
 * times, Grace twice; the new term starts on 1 January 2027.
 */
export const northsideDelegate: SelectionScript = {
  selectionId: 'northside-delegate-2027',
  circleId: 'northside',
  roleId: 'delegate',
  startedBy: 'dev',
  facilitator: 'hana',
  termStart: '2027-01-01',
  nominations: {
    amara: ['dev', 'Dev already takes our rota questions to the hub and brings answers back.'],
    dev: ['grace', 'Grace would make sure the hub hears the people we support first-hand.'],
    farid: ['grace', 'Grace asks the questions the rest of us are too polite to ask.'],
    grace: ['dev', 'Dev is patient and writes everything down.'],
    hana: ['dev', 'Dev knows the budget questions the hub keeps asking us.'],
  },
  candidate: 'dev',
  reasoning:
    'Three of us named Dev for carrying our questions to the hub and reporting back; Grace was named for first-hand voice, which Dev can bring by asking her before each hub meeting.',
};

/**
 * The hub chooses Northside's leader (the parent circle chooses the leader),
 * facilitated by the hub's facilitator Chloé.
 */
export const northsideLeader: SelectionScript = {
  selectionId: 'northside-leader-2027',
  circleId: 'northside',
  roleId: 'leader',
  startedBy: 'ben',
  facilitator: 'chloe',
  termStart: '2027-01-01',
  nominations: {
    amara: ['amara', 'I have led Northside this year and would like to continue.'],
    ben: ['amara', 'Amara knows every family Northside supports.'],
    chloe: ['amara', 'Amara kept the rotas steady through the winter.'],
    dev: ['dev', 'I could lead while Amara trains new carers.'],
    esi: ['amara', 'Amara keeps to the budget.'],
  },
  candidate: 'amara',
  reasoning:
    'Four of five named Amara for knowing the families and keeping the rotas steady; Dev offered himself while Amara trains carers, which Amara can still do as leader.',
};

export type SelectionStageReached = 'nominations' | 'change-round' | 'consent-round';

/** The start command of a script. */
export function startCommand(script: SelectionScript): object {
  return {
    type: 'start-selection',
    selectionId: script.selectionId,
    circleId: script.circleId,
    roleId: script.roleId,
    termStart: script.termStart,
  };
}

/** Every member of the script nominates as scripted, in order. */
export function nominateAll(state: SelectionState, script: SelectionScript, at: string = now): SelectionState {
  return Object.entries(script.nominations).reduce(
    (s, [nominator, [nominee, reason]]) =>
      step(selectionDecider, s, { type: 'nominate', selectionId: script.selectionId, nominee, reason }, as(nominator), at),
    state,
  );
}

/**
 * A selection taken through the real decider up to `stage`: started, nominated as
 * scripted and revealed, then the scripted candidate proposed (asynchronously unless said otherwise).
 */
export function selectionAt(
  structure: Structure,
  script: SelectionScript,
  stage: SelectionStageReached,
  options: { mode?: 'sync' | 'async'; at?: string; termMonths?: number } = {},
): SelectionState {
  const at = options.at ?? now;
  let state: SelectionState = step(selectionDecider, { structure, selection: null }, startCommand(script), as(script.startedBy), at);
  if (stage === 'nominations') return state;
  state = nominateAll(state, script, at);
  state = step(selectionDecider, state, { type: 'close-nominations', selectionId: script.selectionId }, as(script.facilitator), at);
  if (stage === 'change-round') return state;
  return step(
    selectionDecider,
    state,
    {
      type: 'propose-candidate',
      selectionId: script.selectionId,
      candidate: script.candidate,
      reasoning: script.reasoning,
      ...(options.termMonths === undefined ? {} : { termMonths: options.termMonths }),
      options: options.mode ? { mode: options.mode } : {},
    },
    as(script.facilitator),
    at,
  );
}

/** The members of the selecting circle answer in order, each as themself. */
export function answerAll(
  state: SelectionState,
  script: SelectionScript,
  answers: readonly (readonly [string, { kind: string; text?: string }])[],
  at: string = now,
): SelectionState {
  return answers.reduce(
    (s, [who, answer]) => step(selectionDecider, s, { type: 'answer', selectionId: script.selectionId, answer }, as(who), at),
    state,
  );
}

/** The selection of a state, failing the test when there is none. */
export function selectionOf(state: SelectionState) {
  if (!state.selection) throw new Error('no selection in this state');
  return state.selection;
}
