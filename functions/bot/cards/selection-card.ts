import type { Actor, Circle, PersonId, Selection, Structure } from '../../../shared';
import { availableSelectionSteps, countedEligible, dayOf, findCircle, own, nominationCounts, roleName, selectionGuide } from '../../../shared';
import type { AdaptiveCard, Element } from './card';
import { card, container, execute, facts, fitted, shorten, text } from './card';
import { nameIn, nameLimitFor, ownAnswer, roundSection } from './round-section';
import { selectionAnswerActions, selectionData, selectionViewerActions } from './selection-actions';

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

function nominationsSection(selection: Selection, circle: Circle, viewer: PersonId | null, limit: number): Element[] {
  const name = nameIn(circle, nameLimitFor(limit));
  const all = Object.values(selection.nominations);
  if (selection.status === 'nominations') {
    const mine = viewer === null ? undefined : own(selection.nominations, viewer);
    return [text(mine ? `You nominated ${name(mine.nominee)}: “${shorten(mine.reason, limit)}”` : 'Nominations stay hidden until the facilitator reveals them.', { subtle: !mine })];
  }
  if (all.length === 0) return [];
  const counts = Object.entries(nominationCounts(selection)).map(([personId, count]) => `${name(personId)} ${count}`).join(' · ');
  return [
    container([
      text('Nominations', { weight: 'Bolder' }),
      ...all.map((n) => text(`**${name(n.nominator)}** names **${name(n.nominee)}**: ${shorten(n.reason, limit)}`, { spacing: 'Small' })),
      text(`Named: ${counts}`, { subtle: true }),
    ]),
  ];
}

/** Whether the candidate may answer yet (they answer last); asked of the core. */
function candidateMayAnswer(structure: Structure, selection: Selection, viewer: PersonId, now: string): boolean {
  const actor: Actor = { kind: 'person', personId: viewer, organisationAdmin: false };
  return availableSelectionSteps(structure, selection, actor, now).includes('answer');
}

function build(view: SelectionView, limit: number): AdaptiveCard {
  const { selection, structure, viewer, now } = view;
  const selecting = findCircle(structure, selection.selectingCircleId);
  const filled = findCircle(structure, selection.circleId);
  if (!selecting || !filled) return card([text('The circle of this selection is gone.', { weight: 'Bolder' })]);
  const role = `${roleName(filled, selection.roleId).toLowerCase()} of ${filled.name}`;
  const name = nameIn(selecting, nameLimitFor(limit));
  const proposed = 'proposal' in selection ? selection : null;
  const isCandidate = proposed !== null && viewer === proposed.proposal.candidate;
  const asked = selection.status === 'consent-round' && (viewer === null || countedEligible(selection.round, selecting).includes(viewer));
  const mayAnswerNow = !isCandidate || (viewer !== null && candidateMayAnswer(structure, view.stored, viewer, now));
  const body: Element[] = [
    text(`${selecting.name} · role selection${proposed ? ` · proposal ${proposed.proposal.revision}` : ''}`, { subtle: true, size: 'Small' }),
    text(`Select: ${role}`, { size: 'Large', weight: 'Bolder', spacing: 'None' }),
    container([text(selectionGuide(selection, selecting, role, dayOf(now)))], selection.status === 'recorded' ? 'good' : 'emphasis'),
    text(shorten(selection.roleDescription, limit), { subtle: true }),
    facts([
      ['Stage', selection.status.replace('-', ' ')],
      ['Term', proposed ? `${proposed.proposal.termStart} to ${proposed.proposal.termEnd}` : `${selection.termMonths} months from ${selection.termStart}`],
      ...(proposed ? [['Candidate', name(proposed.proposal.candidate)] as const] : []),
    ]),
    ...(proposed ? [text(`**Why:** ${shorten(proposed.proposal.reasoning, limit)}`)] : []),
    ...nominationsSection(selection, selecting, viewer, limit),
    ...(proposed && selection.status !== 'withdrawn' ? roundSection(proposed.round, selecting, selection.objections, limit, selection.status === 'recorded') : []),
    ...(asked && viewer !== null && selection.status === 'consent-round' ? ownAnswer(selection.round, viewer) : []),
    ...(isCandidate && !mayAnswerNow ? [container([text('You are the candidate: you answer last, once everyone else has.', { weight: 'Bolder' })], 'accent')] : []),
    ...(asked ? [{ type: 'ActionSet', actions: selectionAnswerActions(selection, mayAnswerNow, isCandidate) }] : []),
  ];
  const finished = selection.status === 'recorded' || selection.status === 'withdrawn';
  const ownView = finished ? [] : [execute('Show my view', 'refresh-selection', selectionData(selection))];
  const actions = viewer === null ? ownView : selectionViewerActions(structure, selecting, view.stored, viewer, now, nameLimitFor(limit));
  const refresh = finished ? undefined : { action: execute('Refresh', 'refresh-selection', selectionData(selection)), userIds: view.refreshUserIds.slice(0, 60) };
  return card(body, actions, refresh);
}

/** The card of a role selection at any stage, for one viewer or for everyone, within a Teams message. */
export function selectionCard(view: SelectionView): AdaptiveCard {
  return fitted((limit) => build(view, limit));
}
