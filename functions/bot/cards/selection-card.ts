import type { Actor, Circle, PersonId, Selection, Structure } from '../../../shared';
import {
  availableSelectionSteps,
  countedEligible,
  dayOf,
  findCircle,
  isStandardRole,
  own,
  nominationCounts,
  selectionGuide,
  standardRoleDescription,
} from '../../../shared';
import { nameOfRole } from '../../http/role-names';
import type { Texts } from '../../../texts/translate';
import type { AdaptiveCard, Element } from './card';
import { card, container, execute, facts, fitted, shorten, text } from './card';
import { calendarDay } from './calendar-day';
import { nameIn, nameLimitFor, ownAnswer, roundSection } from './round-section';
import { selectionAnswerActions, selectionData, selectionViewerActions } from './selection-actions';
import { selectionStage } from './stages';

export interface SelectionView {
  /** The selection as this viewer may read it: what the card shows. */
  readonly selection: Selection;
  /** The selection as stored, hidden nominations included: what the core is asked about the viewer's steps. */
  readonly stored: Selection;
  readonly structure: Structure;
  /** Who looks; null for the message everyone shares. The selection must already be as this viewer may read it. */
  readonly viewer: PersonId | null;
  readonly now: string;
  readonly refreshUserIds: readonly string[];
}

function nominationsSection(selection: Selection, circle: Circle, viewer: PersonId | null, limit: number, texts: Texts): Element[] {
  const words = texts.of('cards');
  const name = nameIn(circle, nameLimitFor(limit));
  const all = Object.values(selection.nominations);
  if (selection.status === 'nominations') {
    const mine = viewer === null ? undefined : own(selection.nominations, viewer);
    return [
      text(mine ? words('nominatedOwn', { name: name(mine.nominee), reason: shorten(mine.reason, limit) }) : words('nominationsHidden'), {
        subtle: !mine,
      }),
    ];
  }
  if (all.length === 0) return [];
  const counts = Object.entries(nominationCounts(selection))
    .map(([personId, count]) => `${name(personId)} ${count}`)
    .join(' · ');
  return [
    container([
      text(words('nominationsHeading'), { weight: 'Bolder' }),
      ...all.map((n) =>
        text(words('nominationLine', { nominator: name(n.nominator), nominee: name(n.nominee), reason: shorten(n.reason, limit) }), {
          spacing: 'Small',
        }),
      ),
      text(words('nominationsNamed', { counts }), { subtle: true }),
    ]),
  ];
}

/** Whether the candidate may answer yet (they answer last); asked of the core. */
function candidateMayAnswer(structure: Structure, selection: Selection, viewer: PersonId, now: string): boolean {
  const actor: Actor = { kind: 'person', personId: viewer, organisationAdmin: false };
  return availableSelectionSteps(structure, selection, actor, now).includes('answer');
}

function build(view: SelectionView, limit: number, texts: Texts): AdaptiveCard {
  const { selection, structure, viewer, now } = view;
  const words = texts.of('cards');
  const selecting = findCircle(structure, selection.selectingCircleId);
  const filled = findCircle(structure, selection.circleId);
  if (!selecting || !filled) return card([text(words('selectionGone'), { weight: 'Bolder' })]);
  const { roleId } = selection;
  const roleName = nameOfRole(texts, filled, roleId, true);
  const role = words('selectionRole', { role: roleName, circle: filled.name });
  // A standard role's selection keeps no description: the catalogue's is the reader's.
  const described = selection.roleDescription || (isStandardRole(roleId) ? texts.say('core', standardRoleDescription(roleId)) : '');
  const name = nameIn(selecting, nameLimitFor(limit));
  const proposed = 'proposal' in selection ? selection : null;
  const isCandidate = proposed !== null && viewer === proposed.proposal.candidate;
  const asked = selection.status === 'consent-round' && (viewer === null || countedEligible(selection.round, selecting).includes(viewer));
  const term = proposed
    ? words('termProposed', { start: calendarDay(texts, proposed.proposal.termStart), end: calendarDay(texts, proposed.proposal.termEnd) })
    : words('termMonths', { months: selection.termMonths, start: calendarDay(texts, selection.termStart) });
  const mayAnswerNow = !isCandidate || (viewer !== null && candidateMayAnswer(structure, view.stored, viewer, now));
  const body: Element[] = [
    text(
      proposed
        ? words('selectionKickerProposal', { circle: selecting.name, revision: proposed.proposal.revision })
        : words('selectionKicker', { circle: selecting.name }),
      { subtle: true, size: 'Small' },
    ),
    text(words('selectionTitle', { role }), { size: 'Large', weight: 'Bolder', spacing: 'None' }),
    container(
      [text(texts.say('guide', selectionGuide(selection, selecting, role, dayOf(now))))],
      selection.status === 'recorded' ? 'good' : 'emphasis',
    ),
    text(shorten(described, limit), { subtle: true }),
    facts([
      [words('factStage'), words(selectionStage[selection.status])],
      [words('factTerm'), term],
      ...(proposed ? [[words('factCandidate'), name(proposed.proposal.candidate)] as const] : []),
    ]),
    ...(proposed ? [text(words('proposalWhy', { driver: shorten(proposed.proposal.reasoning, limit) }))] : []),
    ...nominationsSection(selection, selecting, viewer, limit, texts),
    ...(proposed && selection.status !== 'withdrawn'
      ? roundSection(proposed.round, selecting, selection.objections, limit, selection.status === 'recorded', texts)
      : []),
    ...(asked && viewer !== null && selection.status === 'consent-round' ? ownAnswer(selection.round, viewer, texts) : []),
    ...(isCandidate && !mayAnswerNow ? [container([text(words('candidateAnswersLast'), { weight: 'Bolder' })], 'accent')] : []),
    ...(asked ? [{ type: 'ActionSet', actions: selectionAnswerActions(selection, mayAnswerNow, isCandidate, texts) }] : []),
  ];
  const finished = selection.status === 'recorded' || selection.status === 'withdrawn';
  const ownView = finished ? [] : [execute(words('showMyView'), 'refresh-selection', selectionData(selection))];
  const actions =
    viewer === null ? ownView : selectionViewerActions(structure, selecting, view.stored, viewer, now, nameLimitFor(limit), texts);
  const refresh = finished
    ? undefined
    : { action: execute(words('refresh'), 'refresh-selection', selectionData(selection)), userIds: view.refreshUserIds.slice(0, 60) };
  return card(body, actions, refresh);
}

/** The card of a role selection at any stage, for one viewer or for everyone, within a Teams message. */
export function selectionCard(view: SelectionView, texts: Texts): AdaptiveCard {
  return fitted((limit) => build(view, limit, texts));
}
