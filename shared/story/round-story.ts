import type { Answer, AnswerKind, Objection } from '../consent/answers';
import type { Instant, PersonId } from '../kernel/ids';
import type { Names, NamedPerson } from './names';
import { named } from './names';

/** One person's answer on one revision, by name. */
export interface StoryAnswer {
  readonly person: NamedPerson;
  readonly kind: AnswerKind;
  readonly text: string | null;
  readonly at: Instant;
}

/** What became of an objection: still open, withdrawn by its objector, or integrated by the amendment that followed. */
export type ObjectionOutcome =
  | { readonly kind: 'open' }
  | { readonly kind: 'withdrawn'; readonly at: Instant }
  | { readonly kind: 'integrated'; readonly at: Instant; readonly revision: number; readonly by: NamedPerson | null };

export interface StoryObjection {
  readonly objector: NamedPerson;
  readonly revision: number;
  readonly reason: string;
  readonly raisedAt: Instant;
  readonly outcome: ObjectionOutcome;
}

/** Who made each revision after the first, and when: an amendment of a proposal, a new candidate of a selection. */
export type Amendments = ReadonlyMap<number, { readonly at: Instant; readonly by: PersonId | null }>;

export const byTime = <T extends { readonly at: Instant }>(a: T, b: T) => a.at.localeCompare(b.at);

/** A round's answers by name, in the order they were given. */
export function answersOf(answers: Readonly<Record<PersonId, Answer>>, names: Names): StoryAnswer[] {
  return Object.entries(answers)
    .map(([personId, answer]) => ({ person: named(names, personId), kind: answer.kind, text: answer.text, at: answer.at }))
    .sort(byTime);
}

/** An objection open at an amendment was integrated by it: the amendment made the next revision. */
function outcomeOf(objection: Objection, amendments: Amendments, names: Names): ObjectionOutcome {
  if (objection.status === 'open' || objection.resolvedAt === null) return { kind: 'open' };
  if (objection.status === 'withdrawn') return { kind: 'withdrawn', at: objection.resolvedAt };
  const revision = objection.revision + 1;
  const by = amendments.get(revision)?.by;
  return { kind: 'integrated', at: objection.resolvedAt, revision, by: by ? named(names, by) : null };
}

/** Each objection by name with what became of it, in the order they were raised. */
export function objectionsOf(objections: readonly Objection[], amendments: Amendments, names: Names): StoryObjection[] {
  return [...objections]
    .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt))
    .map((o) => ({
      objector: named(names, o.objector),
      revision: o.revision,
      reason: o.reason,
      raisedAt: o.raisedAt,
      outcome: outcomeOf(o, amendments, names),
    }));
}
