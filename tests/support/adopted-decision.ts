import type { TableClient } from '@azure/data-tables';
import type { InStep } from '../../functions/application/handle-command';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { as } from './people';
import { wordsOf } from './refusal-words';

const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];

/**
 * The steps of Dev's `draft` in Northside, each with who takes it: through a meeting
 * round Hana facilitates, everyone consenting; then closed by Hana with `closed`.
 */
export function northsideConsentSteps(draft: object, options: { readonly closed: boolean }): [object, string][] {
  return [
    [{ type: 'draft-proposal', ...draft }, 'dev'],
    [{ type: 'present-proposal' }, 'dev'],
    [{ type: 'open-clarifying-questions' }, 'hana'],
    [{ type: 'open-quick-reactions' }, 'hana'],
    [{ type: 'open-consent-round', options: { mode: 'sync' } }, 'hana'],
    ...northsiders.map((person): [object, string] => [{ type: 'answer', answer: { kind: 'consent' } }, person]),
    ...(options.closed ? [[{ type: 'close-consent-round', present: northsiders }, 'hana'] as [object, string]] : []),
  ];
}

export interface DecisionToAdopt {
  readonly proposalId: string;
  readonly title: string;
  readonly reviewDate: string;
  /** The earlier decision or role term this decision holds the review of. */
  readonly reviewOf: object | null;
  readonly at: string;
}

/**
 * Dev's proposal in Northside taken through a meeting round to adoption, everyone
 * consenting, Hana facilitating; with `inStep`, what follows each step is kept in step as the routes do.
 */
export async function adoptInNorthside(
  table: TableClient,
  tenantId: string,
  decision: DecisionToAdopt,
  inStep?: Omit<InStep, 'now'>,
): Promise<void> {
  const { proposalId, title, reviewDate, reviewOf, at } = decision;
  const steps = northsideConsentSteps(
    { title, text: `${title}, as agreed.`, driver: 'The rota is due for review.', reviewDate, reviewOf },
    { closed: true },
  );
  for (const [command, person] of steps) {
    const result = await runProposalStep(
      new ProposalStore(table),
      { tenantId, circleId: 'northside', command: { ...command, proposalId }, actor: as(person), now: at },
      inStep && { ...inStep, now: at },
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  }
}
