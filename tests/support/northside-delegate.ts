import type { Selection } from '../../shared';
import type { RecordRepository } from '../../functions/application/ports/record-repository';
import { selectionKind } from '../../functions/application/record-kinds';
import { runRecordStep } from '../../functions/application/run-record-step';
import { unwrap } from './apply';
import { as } from './people';
import { northsideDelegate, startCommand } from './selection-flow';

/**
 * Northside chooses Dev as its delegate by consent through the real store, every
 * step at `at`: the scripted nominations, Hana's proposal, everyone consenting, her close.
 */
export async function selectNorthsideDelegate(selections: RecordRepository<Selection>, tenantId: string, at: string): Promise<void> {
  const { selectionId } = northsideDelegate;
  const selection = (command: object, by: string) =>
    runRecordStep(selections, selectionKind, {
      tenantId,
      circleId: 'northside',
      id: selectionId,
      command: { ...command, selectionId },
      actor: as(by),
      now: at,
    }).then(unwrap);
  await selection(startCommand(northsideDelegate), 'dev');
  for (const [nominator, [nominee, reason]] of Object.entries(northsideDelegate.nominations))
    await selection({ type: 'nominate', nominee, reason }, nominator);
  await selection({ type: 'close-nominations' }, 'hana');
  await selection({ type: 'propose-candidate', candidate: 'dev', reasoning: northsideDelegate.reasoning }, 'hana');
  for (const member of ['amara', 'farid', 'grace', 'hana', 'dev']) await selection({ type: 'answer', answer: { kind: 'consent' } }, member);
  await selection({ type: 'close-consent-round', present: ['amara', 'dev', 'farid', 'grace', 'hana'] }, 'hana');
}
