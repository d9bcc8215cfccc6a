import type { Actor, CalendarDate, CircleSetup, StructureEvent } from '../../shared';
import { circleSetup, findCircle, mayKeepRecords, policyChosen, StructureEvent as StructureEventSchema } from '../../shared';
import type { HistoryRepository } from './ports/history-repository';
import type { StructureRepository } from './ports/structure-repository';

export interface CircleSetupPorts {
  readonly structures: StructureRepository;
  readonly history: HistoryRepository;
}

/** The largest page the history store hands out. */
const historyPage = 100;

/**
 * The circle's events up to its first policy choice: that is all its setup reads of
 * the history, so a circle that chose early is read in one page.
 */
async function historyUntilPolicy(ports: CircleSetupPorts, tenantId: string, circleId: string): Promise<StructureEvent[]> {
  const events: StructureEvent[] = [];
  let after: string | undefined;
  do {
    const page = await ports.history.page(tenantId, 'circle', circleId, StructureEventSchema, historyPage, after);
    if (!page) break;
    events.push(...page.events);
    if (policyChosen({ circleId }, events)) break;
    after = page.next ?? undefined;
  } while (after !== undefined);
  return events;
}

/** How far a circle is set up on `day`, and whether this person may complete it (keeps its records); null when there is no such circle. */
export async function readCircleSetup(
  ports: CircleSetupPorts,
  tenantId: string,
  circleId: string,
  actor: Actor,
  day: CalendarDate,
): Promise<{ setup: CircleSetup; mayKeepRecords: boolean } | null> {
  const [{ structure }, history] = await Promise.all([ports.structures.load(tenantId), historyUntilPolicy(ports, tenantId, circleId)]);
  const circle = findCircle(structure, circleId);
  if (!circle) return null;
  return { setup: circleSetup(circle, history, day), mayKeepRecords: mayKeepRecords(structure, circle, actor, day) };
}
