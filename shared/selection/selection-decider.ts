import type { Circle, Structure } from '../circles/circle';
import { findCircle, isMember } from '../circles/circle';
import type { StructureCommand } from '../circles/structure-commands';
import type { ConsentRound } from '../consent/consent-round';
import {
  checkAnswer,
  countedEligible,
  hasAnswered,
  integrateByAmendment,
  openRound,
  recordAnswer,
  withdrawObjection,
} from '../consent/consent-round';
import { closePermission, decideClose, decideObjectionWithdrawal } from '../consent/round-steps';
import { facilitates, facilitatorOf, isCircleMember } from '../consent/facilitation';
import { decideReminder, remindedRound } from '../consent/reminding';
import { personOf } from '../kernel/actor';
import type { Context, Decider } from '../kernel/decider';
import type { CalendarDate, Instant, PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { stagesKey } from '../kernel/errors';
import { fail, ok } from '../kernel/result';
import { charactersOf, roomFor } from '../kernel/room';
import { addDays, addMonths, dayOf, isBefore } from '../kernel/time';
import { isStandardRole, standardRoleDefinitions } from '../roles/roles';
import type { Selection, SelectionStage, SelectionState } from './selection';
import { SelectionCommand } from './selection-commands';
import type { SelectionEvent } from './selection-events';
import { selectingCircleOf } from './selecting-circle';

type Events = Result<readonly SelectionEvent[]>;

function inStage(selection: Selection, ...stages: SelectionStage[]): Result<true> {
  if (stages.includes(selection.status)) return ok(true);
  return fail('wrong-stage', { key: 'selectionWrongStage', values: { stage: stagesKey([selection.status]), allowed: stagesKey(stages) } });
}

const onlyFacilitator = (): Events => fail('not-permitted', 'onlyFacilitatorLeadsSelection');

function decideStart(command: Extract<SelectionCommand, { type: 'start-selection' }>, structure: Structure, context: Context): Events {
  const circle = findCircle(structure, command.circleId);
  if (!circle || circle.archived) return fail('not-found', { key: 'noActiveCircle', values: { circleId: command.circleId } }, 'circleId');
  const custom = circle.customRoles.find((role) => role.roleId === command.roleId);
  if (!custom && !isStandardRole(command.roleId))
    return fail('role-unknown', { key: 'noRole', values: { circle: circle.name, roleId: command.roleId } }, 'roleId');
  // Leader and delegate form the double link, so the general circle (no parent) has neither.
  const definition = isStandardRole(command.roleId) ? standardRoleDefinitions[command.roleId] : undefined;
  if (definition?.needsParent && circle.parentId === null) {
    return fail('role-unknown', { key: 'generalCircleHasNoLink', values: { roleId: command.roleId } }, 'roleId');
  }
  const selecting = selectingCircleOf(structure, circle, command.roleId);
  if (!selecting) return fail('not-found', { key: 'noParentToChooseLeader', values: { circleId: String(circle.parentId) } }, 'circleId');
  if (!isCircleMember(selecting, context.actor))
    return fail('not-a-member', { key: 'onlyMembersStartSelection', values: { circle: selecting.name } });
  // A standard role's description is the catalogue's (`standardRoleDescription`), read in each reader's words: none is kept.
  const roleDescription = command.roleDescription ?? custom?.description ?? '';
  return ok([
    {
      type: 'selection-started',
      selectionId: command.selectionId,
      at: context.now,
      by: context.actor.personId,
      circleId: circle.circleId,
      selectingCircleId: selecting.circleId,
      roleId: command.roleId,
      roleDescription,
      termMonths: command.termMonths ?? custom?.defaultTermMonths ?? circle.policy.defaultTermMonths,
      termStart: command.termStart ?? nextTermStart(circle, command.roleId, dayOf(context.now)),
    },
  ]);
}

/**
 * A new term follows the role's current or already planned terms, so the selected
 * holder takes over the day after the last one ends; a vacant role starts today.
 */
function nextTermStart(circle: Circle, roleId: string, today: CalendarDate): CalendarDate {
  const later = circle.assignments.filter((a) => a.roleId === roleId && a.termEnd >= today).map((a) => a.termEnd);
  if (later.length === 0) return today;
  return addDays(later.sort().at(-1) as CalendarDate, 1);
}

/**
 * The candidate answers last. Asynchronously that means after every other member
 * asked (where silence is consent, those still silent at the deadline have consented,
 * so the candidate is not kept from answering); in a meeting, absent members cannot
 * be waited for, so after everyone else who has spoken, which the facilitator orders
 * by asking the candidate last.
 */
function candidateMayAnswer(round: ConsentRound, circle: Circle, candidate: PersonId, now: Instant): boolean {
  const others = countedEligible(round, circle).filter((p) => p !== candidate);
  const answered = others.filter((p) => hasAnswered(round, p));
  if (round.mode === 'sync') return answered.length > 0 || others.length === 0;
  const silenceHasConsented = round.closing.silence === 'silence-is-consent' && round.deadline !== null && !isBefore(now, round.deadline);
  return answered.length === others.length || silenceHasConsented;
}

function nominated(selection: Selection, candidate: PersonId): boolean {
  return Object.values(selection.nominations).some((n) => n.nominee === candidate);
}

/**
 * Decides the step, then refuses it if the selection it leaves would not fit in its
 * storage row; closing and withdrawing add little and are never refused for room.
 */
function decide(command: SelectionCommand, state: SelectionState, context: Context): Events {
  const events = decideStep(command, state, context);
  if (!events.ok || command.type === 'close-consent-round' || command.type === 'withdraw-selection') return events;
  const room = roomFor('selection', charactersOf(events.value.reduce(evolve, state).selection), textFieldOf(command));
  return room.ok ? events : room;
}

/** The field of a step whose text makes a selection grow. */
function textFieldOf(command: SelectionCommand): string | undefined {
  if ('reason' in command) return 'reason';
  if ('reasoning' in command) return 'reasoning';
  return command.type === 'answer' ? 'answer.text' : undefined;
}

function decideStep(command: SelectionCommand, state: SelectionState, context: Context): Events {
  const { structure, selection } = state;
  if (command.type === 'start-selection') {
    if (selection) return fail('already-exists', { key: 'selectionExists', values: { selectionId: command.selectionId } }, 'selectionId');
    return decideStart(command, structure, context);
  }
  if (!selection || selection.selectionId !== command.selectionId) {
    return fail('not-found', { key: 'noSelection', values: { selectionId: command.selectionId } }, 'selectionId');
  }
  const circle = findCircle(structure, selection.selectingCircleId);
  if (!circle || circle.archived) return fail('circle-archived', 'selectingCircleArchived');
  const { actor, now } = context;
  const today = dayOf(now);
  const by = personOf(actor);
  const stamp = { selectionId: selection.selectionId, at: now, by };
  const isFacilitator = facilitates(circle, selection.startedBy, actor, today);
  const stage = (...stages: SelectionStage[]) => inStage(selection, ...stages) as Events;

  switch (command.type) {
    case 'nominate':
    case 'change-nomination': {
      const expected = command.type === 'nominate' ? 'nominations' : 'change-round';
      if (selection.status !== expected) return stage(expected);
      if (!isCircleMember(circle, actor)) return fail('not-a-member', { key: 'onlyMembersNominate', values: { circle: circle.name } });
      if (!isMember(circle, command.nominee))
        return fail('not-a-member', { key: 'nominateAMember', values: { circle: circle.name } }, 'nominee');
      return ok([{ type: 'nominated', ...stamp, nominee: command.nominee, reason: command.reason }]);
    }
    case 'close-nominations':
      if (selection.status !== 'nominations') return stage('nominations');
      if (!isFacilitator) return onlyFacilitator();
      if (Object.keys(selection.nominations).length === 0) return fail('answers-missing', 'noNominations');
      return ok([{ type: 'nominations-revealed', ...stamp }]);
    case 'propose-candidate': {
      if (selection.status !== 'change-round') return stage('change-round');
      if (!isFacilitator) return onlyFacilitator();
      const termEnd = addMonths(selection.termStart, command.termMonths ?? selection.termMonths);
      return proposeCandidate(circle, selection, command.candidate, termEnd, command.reasoning, 1, command.options, stamp);
    }
    case 'amend-candidate-proposal': {
      if (selection.status !== 'consent-round' && selection.status !== 'integration') return stage('consent-round', 'integration');
      if (!isFacilitator) return onlyFacilitator();
      const current = selection.proposal;
      // What the amendment does not change stays as last proposed, a shortened term included.
      const termEnd = command.termMonths === undefined ? current.termEnd : addMonths(selection.termStart, command.termMonths);
      const candidate = command.candidate ?? current.candidate;
      // Integration changes the candidate or the term; restating the same proposal would only wipe the objections.
      if (candidate === current.candidate && termEnd === current.termEnd) {
        return fail('invalid-input', 'selectionAmendmentChangesNothing', 'candidate');
      }
      return proposeCandidate(
        circle,
        selection,
        candidate,
        termEnd,
        command.reasoning ?? current.reasoning,
        current.revision + 1,
        { mode: selection.round.mode },
        stamp,
      );
    }
    case 'answer': {
      if (selection.status !== 'consent-round') {
        return selection.status === 'integration' || selection.status === 'recorded'
          ? fail('round-closed', 'roundClosed')
          : stage('consent-round');
      }
      if (by === null) return fail('not-a-member', 'onlyMembersAnswer');
      if (by === selection.proposal.candidate && !candidateMayAnswer(selection.round, circle, by, now)) {
        return fail('candidate-answers-last', 'candidateAnswersLast');
      }
      // Standing aside from one's own role is declining it: the candidate consents or objects.
      if (by === selection.proposal.candidate && command.answer.kind === 'stand-aside') {
        return fail('invalid-input', 'candidateCannotStandAside', 'answer.kind');
      }
      const answer = checkAnswer(selection.round, circle, by, command.answer, now);
      return answer.ok ? ok([{ type: 'answer-given', ...stamp, answer: answer.value }]) : answer;
    }
    case 'withdraw-objection': {
      if (selection.status !== 'consent-round' && selection.status !== 'integration') return stage('consent-round', 'integration');
      const withdrawal = decideObjectionWithdrawal(selection.status, selection.round, selection.objections, by);
      if (!withdrawal.ok) return withdrawal;
      const resumed: SelectionEvent[] = withdrawal.value.resumesRound ? [{ type: 'consent-round-resumed', ...stamp }] : [];
      return ok([{ type: 'objection-withdrawn', ...stamp }, ...resumed]);
    }
    case 'remind-awaited': {
      if (selection.status !== 'consent-round') return stage('consent-round');
      const people = decideReminder(selection.round, circle, isFacilitator, now);
      return people.ok ? ok([{ type: 'awaited-reminded', ...stamp, people: people.value }]) : people;
    }
    case 'close-consent-round': {
      if (selection.status !== 'consent-round') return stage('consent-round');
      const permitted = closePermission(selection.round, actor, isFacilitator);
      if (!permitted.ok) return permitted;
      const { candidate, termStart, termEnd } = selection.proposal;
      // No one is given a role by silence: the candidate's own answer is always needed,
      // and a candidate who has left the selecting circle is not counted, so cannot be chosen.
      if (!isMember(circle, candidate)) {
        return fail('not-a-member', { key: 'candidateLeftCircle', values: { circle: circle.name } }, 'candidate');
      }
      if (!hasAnswered(selection.round, candidate)) {
        return fail('answers-missing', 'candidateNotAnswered');
      }
      const verdict = decideClose(selection.round, circle, selection.objections, { actor, isFacilitator, now }, command.present);
      if (!verdict.ok) return verdict;
      if (verdict.value.kind === 'integrate') {
        return ok([{ type: 'integration-started', ...stamp, openObjections: verdict.value.open.map((o) => o.objector) }]);
      }
      const facilitatedBy = by ?? facilitatorOf(circle, selection.startedBy, today);
      return ok([
        {
          type: 'role-holder-selected',
          ...stamp,
          circleId: selection.circleId,
          roleId: selection.roleId,
          personId: candidate,
          termStart,
          termEnd,
          facilitatedBy,
        },
      ]);
    }
    case 'withdraw-selection':
      if (selection.status === 'recorded' || selection.status === 'withdrawn')
        return fail('wrong-stage', { key: 'selectionAlready', values: { stage: selection.status } });
      if (!isFacilitator && by !== selection.startedBy) return fail('not-permitted', 'onlyFacilitatorOrStarterWithdraws');
      return ok([{ type: 'selection-withdrawn', ...stamp, reason: command.reason }]);
  }
}

function proposeCandidate(
  circle: Circle,
  selection: Selection,
  candidate: PersonId,
  termEnd: CalendarDate,
  reasoning: string,
  revision: number,
  options: { mode?: 'sync' | 'async'; deadline?: string },
  stamp: { selectionId: string; at: string; by: PersonId | null },
): Events {
  if (!isMember(circle, candidate))
    return fail('not-a-member', { key: 'candidateMustBeMember', values: { circle: circle.name } }, 'candidate');
  if (!nominated(selection, candidate)) return fail('not-eligible', 'proposeANominee', 'candidate');
  const round = openRound(circle, revision, options, stamp.at);
  if (!round.ok) return round;
  const proposal = { revision, candidate, termStart: selection.termStart, termEnd, reasoning };
  return ok([{ type: 'candidate-proposed', ...stamp, proposal, round: round.value }]);
}

function evolveSelection(selection: Selection, event: SelectionEvent): Selection {
  const by = event.by ?? '';
  switch (event.type) {
    case 'selection-started':
      return selection;
    case 'nominated':
      return {
        ...selection,
        nominations: { ...selection.nominations, [by]: { nominator: by, nominee: event.nominee, reason: event.reason, at: event.at } },
      };
    case 'nominations-revealed':
      return { ...selection, status: 'change-round', revealedAt: event.at };
    case 'candidate-proposed': {
      if (selection.status === 'change-round') {
        return { ...selection, status: 'consent-round', proposal: event.proposal, round: event.round, revealedAt: selection.revealedAt };
      }
      if (selection.status !== 'consent-round' && selection.status !== 'integration') return selection;
      // A changed candidate or term is a new revision: earlier answers no longer count.
      return {
        ...selection,
        status: 'consent-round',
        history: [...selection.history, { ...selection.proposal, answers: selection.round.answers }],
        objections: integrateByAmendment(selection.objections, event.at),
        proposal: event.proposal,
        round: event.round,
      };
    }
    case 'answer-given': {
      if (selection.status !== 'consent-round') return selection;
      const recorded = recordAnswer(selection.round, selection.objections, by, event.answer);
      return { ...selection, round: recorded.round, objections: recorded.objections };
    }
    case 'objection-withdrawn': {
      if (selection.status !== 'consent-round' && selection.status !== 'integration') return selection;
      const withdrawn = withdrawObjection(selection.round, selection.objections, by, event.at);
      return { ...selection, round: withdrawn.round, objections: withdrawn.objections };
    }
    case 'awaited-reminded':
      return selection.status === 'consent-round' ? { ...selection, round: remindedRound(selection.round, dayOf(event.at)) } : selection;
    case 'integration-started':
      return selection.status === 'consent-round' ? { ...selection, status: 'integration' } : selection;
    case 'consent-round-resumed':
      return selection.status === 'integration' ? { ...selection, status: 'consent-round' } : selection;
    case 'role-holder-selected':
      return selection.status === 'consent-round'
        ? { ...selection, status: 'recorded', recordedAt: event.at, facilitatedBy: event.facilitatedBy }
        : selection;
    case 'selection-withdrawn': {
      // Withdrawn before the nominations were revealed, they were never shown and never will be.
      const nominations = selection.status === 'nominations' ? {} : selection.nominations;
      return { ...selection, status: 'withdrawn', nominations, withdrawnAt: event.at, withdrawnBy: by, reason: event.reason };
    }
  }
}

function evolve(state: SelectionState, event: SelectionEvent): SelectionState {
  if (event.type === 'selection-started') {
    const { type: _type, at, by, ...fields } = event;
    return {
      ...state,
      selection: { ...fields, status: 'nominations', startedBy: by ?? '', startedAt: at, nominations: {}, objections: [], history: [] },
    };
  }
  return state.selection ? { ...state, selection: evolveSelection(state.selection, event) } : state;
}

/** Role selection by consent: nominations, change round, proposal, consent round, term. */
export const selectionDecider: Decider<SelectionCommand, SelectionState, SelectionEvent> = {
  commandSchema: SelectionCommand,
  decide,
  evolve,
};

/** The structure command that records a selection's outcome as the role's new term. */
export function assignmentOf(event: Extract<SelectionEvent, { type: 'role-holder-selected' }>): StructureCommand {
  return {
    type: 'assign-role',
    circleId: event.circleId,
    assignmentId: event.selectionId,
    roleId: event.roleId,
    personId: event.personId,
    termStart: event.termStart,
    termEnd: event.termEnd,
  };
}
