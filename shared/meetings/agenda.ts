import type { Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import type { Proposal } from '../consent/proposal';
import type { CircleId, Instant } from '../kernel/ids';
import { isBefore } from '../kernel/time';
import type { Review } from '../reviews/reviews';
import { roleWords } from '../reviews/reviews';
import type { Selection } from '../selection/selection';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';
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

/** What is due for a circle's meeting, as read from its records. */
export interface DueForMeeting {
  readonly proposals: readonly Proposal[];
  readonly selections: readonly Selection[];
  readonly reviews: readonly Review[];
}

/**
 * A proposal that waits for the meeting: presented and on its way to a round, in a
 * round held in the meeting, in integration (objections are integrated on the
 * spot), or in an asynchronous round past its deadline that the meeting closes.
 */
function waitsForMeeting(proposal: Proposal, now: Instant): boolean {
  switch (proposal.status) {
    case 'presented':
    case 'clarifying':
    case 'reactions':
    case 'integration':
      return true;
    case 'consent-round':
      return proposal.round.mode === 'sync' || (proposal.round.deadline !== null && !isBefore(now, proposal.round.deadline));
    default:
      return false;
  }
}

/**
 * An item the core proposes, its title as words of the `core` catalogue (`said`): the
 * facilitator reads them in their language and consents to the agenda in those words,
 * as a member's own item keeps its author's. `title` is the subject's own name.
 */
export type ProposedItem = AgendaItem & { readonly said?: Said<keyof typeof core> };

/** A role selection named by its role ("Role selection: Facilitator"), and by the circle when it fills another's role (a leader, chosen by the parent). */
function selectionWords(structure: Structure, selection: Selection): Pick<ProposedItem, 'title' | 'said'> {
  const filled = findCircle(structure, selection.circleId);
  const { role, name } = filled ? roleWords(filled, selection.roleId) : { role: 'other', name: selection.roleId };
  const elsewhere = filled && selection.circleId !== selection.selectingCircleId ? 'yes' : 'no';
  return { title: itemTitle(name), said: { key: 'agendaSelection', values: { role, name, circle: filled?.name ?? '', elsewhere } } };
}

/** A review named by its title; a role term's, which has none of its own, by its role and holder ("Review: Facilitator term of Ann"). */
function reviewWords(review: Review): Pick<ProposedItem, 'title' | 'said'> {
  if (review.said)
    return { title: itemTitle(String(review.said.values?.holder ?? review.subjectId)), said: { ...review.said, key: 'agendaTermReview' } };
  return { title: itemTitle(review.title), said: { key: 'agendaReview', values: { title: review.title } } };
}

/**
 * The agenda proposed for a circle's meeting at `now`: the proposals waiting for it,
 * role selections under way, reviews due or overdue, then what members added to the
 * meeting's agenda (`onAgenda`; an item already there keeps the time box given it).
 * The meeting still consents to it.
 */
export function proposeAgenda(
  structure: Structure,
  circleId: CircleId,
  due: DueForMeeting,
  now: Instant,
  onAgenda: readonly AgendaItem[] = [],
): ProposedItem[] {
  const open = due.proposals.filter((p) => p.circleId === circleId && waitsForMeeting(p, now));
  const running = due.selections.filter((s) => s.selectingCircleId === circleId && s.status !== 'recorded' && s.status !== 'withdrawn');
  const reviews = due.reviews.filter((r) => r.circleId === circleId && r.status !== 'upcoming');
  const item = (
    type: 'proposal' | 'selection' | 'review',
    subjectId: string,
    words: Pick<ProposedItem, 'title' | 'said'>,
  ): ProposedItem => ({ itemId: `${type}-${subjectId}`, type, ...words, timeboxMinutes: defaultTimeboxes[type], subjectId });
  const proposed: ProposedItem[] = [
    ...open.map((p) => item('proposal', p.proposalId, { title: itemTitle(p.title) })),
    ...running.map((s) => item('selection', s.selectionId, selectionWords(structure, s))),
    ...reviews.map((r) => item('review', r.subjectId, reviewWords(r))),
  ];
  const kept = (item: ProposedItem): ProposedItem => onAgenda.find((held) => held.itemId === item.itemId) ?? item;
  const added = onAgenda.filter((held) => !proposed.some((item) => item.itemId === held.itemId));
  return [...proposed.map(kept), ...added];
}

/** The proposed agenda in a reader's words (`say` writes the core's words in their language), each title as long as an item takes. */
export function agendaInWords(proposed: readonly ProposedItem[], say: (said: Said<keyof typeof core>) => string): AgendaItem[] {
  return proposed.map(({ said, ...item }) => (said ? { ...item, title: itemTitle(say(said)) } : item));
}
