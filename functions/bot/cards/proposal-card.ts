import type { Circle, PersonId, Proposal } from '../../../shared';
import { countedEligible, dayOf, proposalGuide } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import type { AdaptiveCard, Element } from './card';
import { card, cardDateAndTime, container, execute, facts, fitted, shorten, text } from './card';
import { answerActions, memberActions, proposalData, viewerActions } from './proposal-actions';
import { nameIn, nameLimitFor, ownAnswer, roundSection } from './round-section';
import { calendarDay } from './calendar-day';
import { proposalStage } from './stages';

export interface ProposalView {
  readonly proposal: Proposal;
  readonly circle: Circle;
  /** Who looks: their own answer and the steps they may take are shown; null for the message everyone shares. */
  readonly viewer: PersonId | null;
  readonly now: string;
  /** Teams user ids whose clients fetch their own view of the shared message (Teams takes at most 60). */
  readonly refreshUserIds: readonly string[];
}

function decisionSection(proposal: Extract<Proposal, { status: 'adopted' }>, circle: Circle, limit: number, texts: Texts): Element[] {
  const words = texts.of('cards');
  const name = nameIn(circle, nameLimitFor(limit));
  const resolved = proposal.objections.filter((o) => o.status !== 'open');
  return [
    ...(resolved.length > 0
      ? [
          container([
            text(words('proposalResolvedHeading'), { weight: 'Bolder' }),
            ...resolved.map((o) => {
              const values = { name: name(o.objector), revision: o.revision, reason: shorten(o.reason, limit) };
              return text(words(o.status === 'integrated' ? 'proposalResolvedIntegrated' : 'proposalResolvedWithdrawn', values), {
                spacing: 'Small',
              });
            }),
          ]),
        ]
      : []),
    ...(proposal.silentConsent.length > 0
      ? [text(words('proposalSilentConsent', { names: proposal.silentConsent.map(name).join(', ') }), { subtle: true })]
      : []),
  ];
}

function build(view: ProposalView, limit: number, texts: Texts): AdaptiveCard {
  const { proposal, circle, viewer, now } = view;
  const words = texts.of('cards');
  const name = nameIn(circle, nameLimitFor(limit));
  const round = 'round' in proposal && proposal.round !== null ? proposal.round : null;
  const live = proposal.status === 'consent-round' || proposal.status === 'integration';
  // The shared card asks everyone; a person's own card asks them only if the round does.
  const asked = proposal.status === 'consent-round' && (viewer === null || countedEligible(proposal.round, circle).includes(viewer));
  const body: Element[] = [
    text(words('proposalKicker', { circle: circle.name, revision: proposal.revision }), { subtle: true, size: 'Small' }),
    text(proposal.title, { size: 'Large', weight: 'Bolder', spacing: 'None' }),
    container([text(texts.say('guide', proposalGuide(proposal, circle, dayOf(now))))], proposal.status === 'adopted' ? 'good' : 'emphasis'),
    text(shorten(proposal.text, limit * 4)),
    ...(proposal.driver ? [text(words('proposalWhy', { driver: shorten(proposal.driver, limit) }), { subtle: true })] : []),
    facts([
      [words('factStage'), words(proposalStage[proposal.status])],
      [words('factBy'), name(proposal.author)],
      ...(round?.deadline && live ? [[words('factDeadline'), cardDateAndTime(round.deadline)] as const] : []),
      [words('factReviewBy'), calendarDay(texts, proposal.reviewDate)],
    ]),
    ...(proposal.questions.length > 0 && (proposal.status === 'clarifying' || proposal.status === 'reactions')
      ? [
          container([
            text(words('questionsHeading'), { weight: 'Bolder' }),
            ...proposal.questions.slice(-10).map((q) =>
              text(`**${name(q.askedBy)}**: ${shorten(q.text, limit)}${q.answer ? `\n\n↳ ${shorten(q.answer, limit)}` : ''}`, {
                spacing: 'Small',
              }),
            ),
          ]),
        ]
      : []),
    ...(proposal.status === 'reactions' && Object.keys(proposal.reactions).length > 0
      ? [
          container([
            text(words('reactionsHeading'), { weight: 'Bolder' }),
            ...Object.entries(proposal.reactions).map(([who, reaction]) =>
              text(`**${name(who)}**: ${shorten(reaction.text, limit)}`, { spacing: 'Small' }),
            ),
          ]),
        ]
      : []),
    ...(round && (live || proposal.status === 'adopted')
      ? roundSection(round, circle, proposal.objections, limit, proposal.status === 'adopted', texts)
      : []),
    ...(proposal.status === 'adopted' ? decisionSection(proposal, circle, limit, texts) : []),
    ...(asked && viewer !== null && proposal.status === 'consent-round' ? ownAnswer(proposal.round, viewer, texts) : []),
    // The answers sit with the round, apart from the steps below, so no row holds more than Teams shows.
    ...(asked ? [{ type: 'ActionSet', actions: answerActions(proposal, texts) }] : []),
  ];
  const finished = proposal.status === 'adopted' || proposal.status === 'withdrawn';
  // Clients that do not fetch each person's own view by themselves show the shared card: one click brings it.
  const ownView = viewer === null && !finished ? [execute(words('showMyView'), 'refresh', proposalData(proposal))] : [];
  const actions = [
    ...memberActions(proposal, circle, viewer, texts),
    ...(viewer === null ? ownView : viewerActions(circle, proposal, viewer, now, texts, nameLimitFor(limit))),
  ];
  const refresh = finished
    ? undefined
    : { action: execute(words('refresh'), 'refresh', proposalData(proposal)), userIds: view.refreshUserIds.slice(0, 60) };
  return card(body, actions, refresh);
}

/**
 * The card of a proposal at any stage, for one viewer or for everyone. Long texts
 * are shortened until the card fits a Teams message; the tab shows them whole.
 * Written in `texts`' language; deadlines are left to Teams, in each reader's zone.
 */
export function proposalCard(view: ProposalView, texts: Texts): AdaptiveCard {
  return fitted((limit) => build(view, limit, texts));
}
