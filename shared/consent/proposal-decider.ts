import type { Context, Decider } from '../kernel/decider';
import type { CalendarDate } from '../kernel/ids';
import { personOf } from '../kernel/actor';
import type { Result } from '../kernel/result';
import { stagesKey } from '../kernel/errors';
import { fail, ok } from '../kernel/result';
import { dayOf } from '../kernel/time';
import { checkAnswer, integrateByAmendment, openRound, recordAnswer, withdrawObjection } from './consent-round';
import { decideClose, decideObjectionWithdrawal } from './round-steps';
import { decideReminder, remindedRound } from './reminding';
import { facilitates, facilitatorOf, isCircleMember } from './facilitation';
import type { Proposal, ProposalStage, ProposalState } from './proposal';
import { ProposalCommand } from './proposal-commands';
import { proposalRoom, roomForObjection } from './proposal-room';
import type { ProposalEvent } from './proposal-events';

type Events = Result<readonly ProposalEvent[]>;

function inStage(proposal: Proposal, ...stages: ProposalStage[]): Result<true> {
  if (stages.includes(proposal.status)) return ok(true);
  return fail('wrong-stage', { key: 'proposalWrongStage', values: { stage: stagesKey([proposal.status]), allowed: stagesKey(stages) } });
}

function reviewDateAfter(reviewDate: CalendarDate | undefined, today: CalendarDate): Result<true> {
  if (reviewDate !== undefined && reviewDate <= today) {
    return fail('review-date-invalid', 'reviewDateInPast', 'reviewDate');
  }
  return ok(true);
}

const onlyFacilitator = (): Events => fail('not-permitted', 'onlyFacilitatorMovesProposal');
const onlyAuthorOrFacilitator = (step: 'present' | 'answer' | 'amend' | 'withdraw'): Events =>
  fail('not-permitted', { key: 'onlyAuthorOrFacilitator', values: { step } });
const onlyMembers = (): Events => fail('not-a-member', 'onlyMembersTakePart');

/** Decides the step, then refuses it if the proposal it leaves would not fit in storage. */
function decide(command: ProposalCommand, state: ProposalState, context: Context): Events {
  const events = decideStep(command, state, context);
  if (!events.ok) return events;
  const room = proposalRoom(command.type, () => events.value.reduce(evolve, state).proposal, state.circle);
  return room.ok ? events : room;
}

function decideStep(command: ProposalCommand, state: ProposalState, context: Context): Events {
  const { circle, proposal } = state;
  const { actor, now } = context;
  const today = dayOf(now);
  const by = personOf(actor);
  const stamp = { proposalId: command.proposalId, at: now, by };
  if (circle.archived) return fail('circle-archived', { key: 'circleArchived', values: { circle: circle.name } });

  if (command.type === 'draft-proposal') {
    if (proposal) return fail('already-exists', { key: 'proposalExists', values: { proposalId: command.proposalId } }, 'proposalId');
    if (!isCircleMember(circle, actor)) return onlyMembers();
    const review = reviewDateAfter(command.reviewDate, today);
    if (!review.ok) return review;
    const { type: _type, proposalId: _id, ...texts } = command;
    return ok([{ type: 'proposal-drafted', ...stamp, circleId: circle.circleId, ...texts }]);
  }
  if (!proposal || proposal.proposalId !== command.proposalId) {
    return fail('not-found', { key: 'noProposalIn', values: { proposalId: command.proposalId, circle: circle.name } }, 'proposalId');
  }
  const isAuthor = by === proposal.author;
  const isFacilitator = facilitates(circle, proposal.author, actor, today);
  const texts = { title: proposal.title, text: proposal.text, driver: proposal.driver, reviewDate: proposal.reviewDate };
  const stage = (...stages: ProposalStage[]) => inStage(proposal, ...stages);

  switch (command.type) {
    case 'edit-draft': {
      const check = stage('draft');
      if (!check.ok) return check;
      if (!isAuthor) return fail('not-permitted', 'onlyAuthorEditsDraft');
      const review = reviewDateAfter(command.reviewDate, today);
      if (!review.ok) return review;
      return ok([{ type: 'draft-edited', ...stamp, ...texts, ...defined(command) }]);
    }
    case 'present-proposal': {
      const check = stage('draft');
      if (!check.ok) return check;
      if (!isAuthor && !isFacilitator) return onlyAuthorOrFacilitator('present');
      return ok([{ type: 'proposal-presented', ...stamp }]);
    }
    case 'open-clarifying-questions': {
      const check = stage('presented');
      if (!check.ok) return check;
      return isFacilitator ? ok([{ type: 'clarifying-questions-opened', ...stamp }]) : onlyFacilitator();
    }
    case 'ask-question': {
      const check = stage('clarifying');
      if (!check.ok) return check;
      if (!isCircleMember(circle, actor)) return onlyMembers();
      if (proposal.questions.some((q) => q.questionId === command.questionId)) {
        return fail('already-exists', 'questionAsked', 'questionId');
      }
      return ok([{ type: 'question-asked', ...stamp, questionId: command.questionId, text: command.text }]);
    }
    case 'answer-question': {
      const check = stage('clarifying', 'reactions');
      if (!check.ok) return check;
      if (!isAuthor && !isFacilitator) return onlyAuthorOrFacilitator('answer');
      if (!proposal.questions.some((q) => q.questionId === command.questionId)) {
        return fail('not-found', 'noQuestion', 'questionId');
      }
      return ok([{ type: 'question-answered', ...stamp, questionId: command.questionId, answer: command.answer }]);
    }
    case 'open-quick-reactions': {
      const check = stage('clarifying');
      if (!check.ok) return check;
      return isFacilitator ? ok([{ type: 'quick-reactions-opened', ...stamp }]) : onlyFacilitator();
    }
    case 'react': {
      const check = stage('reactions');
      if (!check.ok) return check;
      if (!isCircleMember(circle, actor)) return onlyMembers();
      return ok([{ type: 'reaction-given', ...stamp, text: command.text }]);
    }
    case 'open-consent-round': {
      const check = stage('reactions');
      if (!check.ok) return check;
      if (!isFacilitator) return onlyFacilitator();
      const round = openRound(circle, proposal.revision, command.options, now);
      return round.ok ? ok([{ type: 'consent-round-opened', ...stamp, round: round.value }]) : round;
    }
    case 'answer': {
      if (proposal.status !== 'consent-round') {
        return proposal.status === 'integration' || proposal.status === 'adopted'
          ? fail('round-closed', 'roundClosed')
          : (stage('consent-round') as Events);
      }
      if (by === null) return onlyMembers();
      if (command.answer.kind === 'object') {
        const room = roomForObjection(proposal.objections, by, proposal.round.revision);
        if (!room.ok) return room;
      }
      const answer = checkAnswer(proposal.round, circle, by, command.answer, now);
      return answer.ok ? ok([{ type: 'answer-given', ...stamp, answer: answer.value }]) : answer;
    }
    case 'withdraw-objection': {
      if (proposal.status !== 'consent-round' && proposal.status !== 'integration') return stage('consent-round', 'integration') as Events;
      const withdrawal = decideObjectionWithdrawal(proposal.status, proposal.round, proposal.objections, by);
      if (!withdrawal.ok) return withdrawal;
      const resumed: ProposalEvent[] = withdrawal.value.resumesRound ? [{ type: 'consent-round-resumed', ...stamp }] : [];
      return ok([{ type: 'objection-withdrawn', ...stamp }, ...resumed]);
    }
    case 'amend-proposal': {
      const check = stage('presented', 'clarifying', 'reactions', 'consent-round', 'integration');
      if (!check.ok) return check;
      if (!isAuthor && !isFacilitator) return onlyAuthorOrFacilitator('amend');
      const review = reviewDateAfter(command.reviewDate, today);
      if (!review.ok) return review;
      const changes = defined(command);
      // An amendment that changes nothing would mark objections integrated without integrating them.
      if (Object.entries(changes).every(([field, value]) => texts[field as keyof typeof texts] === value)) {
        return fail('invalid-input', 'amendmentChangesNothing', 'text');
      }
      const revision = proposal.revision + 1;
      const rerun =
        proposal.status === 'consent-round' || proposal.status === 'integration'
          ? openRound(circle, revision, { mode: proposal.round.mode }, now)
          : undefined;
      if (rerun && !rerun.ok) return rerun;
      return ok([{ type: 'proposal-amended', ...stamp, revision, ...texts, ...changes, round: rerun?.value ?? null }]);
    }
    case 'remind-awaited': {
      if (proposal.status !== 'consent-round') return stage('consent-round') as Events;
      const people = decideReminder(proposal.round, circle, isFacilitator, now);
      return people.ok ? ok([{ type: 'awaited-reminded', ...stamp, people: people.value }]) : people;
    }
    case 'close-consent-round': {
      if (proposal.status !== 'consent-round') return stage('consent-round') as Events;
      const verdict = decideClose(proposal.round, circle, proposal.objections, { actor, isFacilitator, now }, command.present);
      if (!verdict.ok) return verdict;
      if (verdict.value.kind === 'integrate') {
        return ok([{ type: 'integration-started', ...stamp, openObjections: verdict.value.open.map((o) => o.objector) }]);
      }
      const facilitatedBy = by ?? facilitatorOf(circle, proposal.author, today);
      return ok([
        { type: 'proposal-adopted', ...stamp, facilitatedBy, silentConsent: verdict.value.silentConsent, reviewDate: proposal.reviewDate },
      ]);
    }
    case 'withdraw-proposal': {
      if (proposal.status === 'adopted' || proposal.status === 'withdrawn') {
        return fail('wrong-stage', { key: 'proposalAlready', values: { stage: proposal.status } });
      }
      if (!isAuthor && !isFacilitator) return onlyAuthorOrFacilitator('withdraw');
      return ok([{ type: 'proposal-withdrawn', ...stamp, reason: command.reason }]);
    }
  }
}

/** The text fields a command sets, leaving out the ones it does not mention. */
function defined(command: { title?: string; text?: string; driver?: string; reviewDate?: string }) {
  return Object.fromEntries(
    (['title', 'text', 'driver', 'reviewDate'] as const).filter((key) => command[key] !== undefined).map((key) => [key, command[key]]),
  ) as Partial<Record<'title' | 'text' | 'driver' | 'reviewDate', string>>;
}

function evolveProposal(proposal: Proposal, event: ProposalEvent): Proposal {
  const by = event.by ?? '';
  switch (event.type) {
    case 'proposal-drafted':
      return proposal;
    case 'draft-edited':
      return { ...proposal, title: event.title, text: event.text, driver: event.driver, reviewDate: event.reviewDate };
    case 'proposal-presented':
      return { ...proposal, status: 'presented' };
    case 'clarifying-questions-opened':
      return { ...proposal, status: 'clarifying' };
    case 'question-asked':
      return {
        ...proposal,
        questions: [
          ...proposal.questions,
          { questionId: event.questionId, askedBy: by, text: event.text, askedAt: event.at, answer: null, answeredBy: null },
        ],
      };
    case 'question-answered':
      return {
        ...proposal,
        questions: proposal.questions.map((q) => (q.questionId === event.questionId ? { ...q, answer: event.answer, answeredBy: by } : q)),
      };
    case 'quick-reactions-opened':
      return { ...proposal, status: 'reactions' };
    case 'reaction-given':
      // One reaction per member: a second one replaces the first.
      return { ...proposal, reactions: { ...proposal.reactions, [by]: { text: event.text, at: event.at } } };
    case 'consent-round-opened':
      return { ...proposal, status: 'consent-round', round: event.round };
    case 'answer-given': {
      if (proposal.status !== 'consent-round') return proposal;
      const recorded = recordAnswer(proposal.round, proposal.objections, by, event.answer);
      return { ...proposal, round: recorded.round, objections: recorded.objections };
    }
    case 'objection-withdrawn': {
      if (proposal.status !== 'consent-round' && proposal.status !== 'integration') return proposal;
      const withdrawn = withdrawObjection(proposal.round, proposal.objections, by, event.at);
      return { ...proposal, round: withdrawn.round, objections: withdrawn.objections };
    }
    case 'proposal-amended': {
      const superseded = {
        revision: proposal.revision,
        title: proposal.title,
        text: proposal.text,
        driver: proposal.driver,
        createdAt: proposal.revisedAt,
        answers: 'round' in proposal && proposal.round ? proposal.round.answers : {},
      };
      const amended = {
        ...proposal,
        title: event.title,
        text: event.text,
        driver: event.driver,
        reviewDate: event.reviewDate,
        revision: event.revision,
        revisedAt: event.at,
        history: [...proposal.history, superseded],
        objections: integrateByAmendment(proposal.objections, event.at),
      };
      return event.round ? { ...amended, status: 'consent-round', round: event.round } : (amended as Proposal);
    }
    case 'awaited-reminded':
      return proposal.status === 'consent-round' ? { ...proposal, round: remindedRound(proposal.round, dayOf(event.at)) } : proposal;
    case 'integration-started':
      return proposal.status === 'consent-round' ? { ...proposal, status: 'integration' } : proposal;
    case 'consent-round-resumed':
      return proposal.status === 'integration' ? { ...proposal, status: 'consent-round' } : proposal;
    case 'proposal-adopted':
      if (proposal.status !== 'consent-round') return proposal;
      return {
        ...proposal,
        status: 'adopted',
        adoptedAt: event.at,
        facilitatedBy: event.facilitatedBy,
        silentConsent: event.silentConsent,
      };
    case 'proposal-withdrawn':
      return {
        ...proposal,
        status: 'withdrawn',
        round: 'round' in proposal ? proposal.round : null,
        withdrawnAt: event.at,
        withdrawnBy: by,
        reason: event.reason,
      };
  }
}

function evolve(state: ProposalState, event: ProposalEvent): ProposalState {
  // A duplicated draft event (e.g. a replayed write) must not wipe the record kept so far.
  if (event.type === 'proposal-drafted' && state.proposal === null) {
    return {
      ...state,
      proposal: {
        proposalId: event.proposalId,
        circleId: event.circleId,
        author: event.by ?? '',
        title: event.title,
        text: event.text,
        driver: event.driver,
        reviewDate: event.reviewDate,
        reviewOf: event.reviewOf,
        revision: 1,
        revisedAt: event.at,
        history: [],
        questions: [],
        reactions: {},
        objections: [],
        createdAt: event.at,
        status: 'draft',
      },
    };
  }
  return state.proposal ? { ...state, proposal: evolveProposal(state.proposal, event) } : state;
}

/** A consent decision from draft to adopted or withdrawn. */
export const proposalDecider: Decider<ProposalCommand, ProposalState, ProposalEvent> = {
  commandSchema: ProposalCommand,
  decide,
  evolve,
};
