import type { Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import type { AnswerKind } from '../consent/answers';
import { answerKinds } from '../consent/answers';
import type { Proposal } from '../consent/proposal';
import type { Reader } from '../privacy/privacy';
import { readableProposals } from '../privacy/privacy';

/** One decision as researchers receive it. */
export interface DecisionRecord {
  readonly proposalId: string;
  readonly circleId: string;
  readonly status: Proposal['status'];
  readonly revisions: number;
  readonly asked: number;
  readonly answers: Record<AnswerKind, number>;
  readonly objectionsRaised: number;
  readonly objectionsIntegrated: number;
  readonly createdAt: string;
  readonly decidedAt: string | null;
  /** Concern and objection texts, only where the circle allows sharing its free text. */
  readonly texts: readonly string[] | null;
}

/** A decision as researchers receive it, with every concern and objection text: `sharedRecord` leaves them out where the circle keeps them. */
export function decisionRecord(p: Proposal): DecisionRecord {
  const round = 'round' in p && p.round ? p.round : null;
  const answers = Object.fromEntries(answerKinds.map((kind) => [kind, 0])) as Record<AnswerKind, number>;
  for (const answer of Object.values(round?.answers ?? {})) answers[answer.kind] += 1;
  const texts = [...Object.values(round?.answers ?? {}).flatMap((a) => (a.text ? [a.text] : [])), ...p.objections.map((o) => o.reason)];
  return {
    proposalId: p.proposalId,
    circleId: p.circleId,
    status: p.status,
    revisions: p.revision,
    asked: round?.eligible.length ?? 0,
    answers,
    objectionsRaised: p.objections.length,
    objectionsIntegrated: p.objections.filter((o) => o.status === 'integrated').length,
    createdAt: p.createdAt,
    decidedAt: p.status === 'adopted' ? p.adoptedAt : p.status === 'withdrawn' ? p.withdrawnAt : null,
    texts: [...new Set(texts)],
  };
}

/** The record as it leaves the organisation: free text only where its circle, as it stands, shares it. */
export function sharedRecord(record: DecisionRecord, structure: Structure): DecisionRecord {
  const shares = findCircle(structure, record.circleId)?.policy.shareFreeTextInExports ?? false;
  return shares ? record : { ...record, texts: null };
}

/**
 * Decisions for export (CSV/JSON), only those the reader may read elsewhere: an
 * undecided proposal goes to its circle's members only. Nobody's free text leaves
 * the organisation unless their circle has chosen to share it.
 */
export function decisionRecords(reader: Reader, proposals: readonly Proposal[]): DecisionRecord[] {
  return readableProposals(proposals, reader).map((p) => sharedRecord(decisionRecord(p), reader.structure));
}
