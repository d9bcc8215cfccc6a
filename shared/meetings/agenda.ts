import type { Proposal } from '../consent/proposal';
import type { Review } from '../reviews/reviews';
import type { Selection } from '../selection/selection';
import type { CircleId } from '../kernel/ids';
import type { AgendaItem } from './meeting';

/** Default time boxes in minutes, per kind of item. */
export const defaultTimeboxes = { proposal: 20, selection: 25, review: 10 } as const;

/** The longest item title a meeting accepts (`AgendaItem.title`). */
const titleLimit = 200;

/** A title shortened to what an agenda item takes, so a long decision title never makes the proposed agenda unplannable. */
function itemTitle(text: string): string {
  if (text.length <= titleLimit) return text;
  const cut = text.slice(0, titleLimit - 1);
  // Never split a character made of two UTF-16 units.
  const whole = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${whole.trimEnd()}…`;
}

/**
 * The agenda proposed from what is due in the circle: open proposals, role
 * selections under way, and reviews due or overdue. The meeting still consents to it.
 */
export function proposeAgenda(
  circleId: CircleId,
  proposals: readonly Proposal[],
  selections: readonly Selection[],
  reviews: readonly Review[],
): AgendaItem[] {
  const open = proposals.filter((p) => p.circleId === circleId && p.status !== 'adopted' && p.status !== 'withdrawn' && p.status !== 'draft');
  const running = selections.filter((s) => s.selectingCircleId === circleId && s.status !== 'recorded' && s.status !== 'withdrawn');
  const due = reviews.filter((r) => r.circleId === circleId && r.status !== 'upcoming');
  return [
    ...open.map((p) => ({ itemId: `proposal-${p.proposalId}`, type: 'proposal' as const, title: itemTitle(p.title), timeboxMinutes: defaultTimeboxes.proposal, subjectId: p.proposalId })),
    ...running.map((s) => ({ itemId: `selection-${s.selectionId}`, type: 'selection' as const, title: itemTitle(`Select: ${s.roleId}`), timeboxMinutes: defaultTimeboxes.selection, subjectId: s.selectionId })),
    ...due.map((r) => ({ itemId: `review-${r.subjectId}`, type: 'review' as const, title: itemTitle(`Review: ${r.title}`), timeboxMinutes: defaultTimeboxes.review, subjectId: r.subjectId })),
  ];
}
