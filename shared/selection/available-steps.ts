import type { Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import { countedEligible, hasAnswered } from '../consent/consent-round';
import type { Actor } from '../kernel/actor';
import { transition } from '../kernel/decider';
import type { Instant } from '../kernel/ids';
import type { Selection } from './selection';
import { selectionDecider } from './selection-decider';

export const selectionStepKinds = [
  'nominate',
  'close-nominations',
  'change-nomination',
  'propose-candidate',
  'answer',
  'withdraw-objection',
  'amend-candidate-proposal',
  'remind-awaited',
  'close-consent-round',
  'withdraw-selection',
] as const;
export type SelectionStepKind = (typeof selectionStepKinds)[number];

/** A command of each kind with stand-in content, enough for the decider to judge whether this person may take the step now. */
function sample(kind: SelectionStepKind, structure: Structure, selection: Selection): Record<string, unknown> | null {
  const selecting = findCircle(structure, selection.selectingCircleId);
  const someone = selecting?.members[0]?.personId;
  const nominated = [...new Set(Object.values(selection.nominations).map((n) => n.nominee))];
  switch (kind) {
    case 'nominate':
    case 'change-nomination':
      return someone ? { nominee: someone, reason: 'x' } : null;
    case 'propose-candidate':
      return nominated[0] ? { candidate: nominated[0], reasoning: 'x' } : null;
    case 'answer':
      return { answer: { kind: 'consent' } };
    case 'amend-candidate-proposal': {
      if (!('proposal' in selection)) return null;
      const other = nominated.find((p) => p !== selection.proposal.candidate);
      return other ? { candidate: other } : { termMonths: 1 };
    }
    case 'close-consent-round':
      if (selection.status !== 'consent-round' || selection.round.mode === 'async' || !selecting) return {};
      return { present: countedEligible(selection.round, selecting).filter((p) => hasAnswered(selection.round, p)) };
    case 'withdraw-selection':
      return { reason: 'x' };
    default:
      return {};
  }
}

/** The steps of a role selection this person may take now, as the decider judges them. */
export function availableSelectionSteps(structure: Structure, selection: Selection, actor: Actor, now: Instant): SelectionStepKind[] {
  return selectionStepKinds.filter((kind) => {
    const fields = sample(kind, structure, selection);
    return (
      fields !== null &&
      transition(selectionDecider, { structure, selection }, { type: kind, selectionId: selection.selectionId, ...fields }, actor, now).ok
    );
  });
}
