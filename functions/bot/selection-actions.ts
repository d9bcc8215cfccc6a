import type { Result, Selection, Structure } from '../../shared';
import { fail, findCircle, ok, readSelection, selectionForCircle } from '../../shared';
import type { LoadedRecord } from '../application/ports/record-repository';
import { selectionKind } from '../application/record-kinds';
import type { RecordGuard } from '../application/run-record-step';
import { runRecordStep } from '../application/run-record-step';
import type { BotDeps, Caller, Outcome } from './actions';
import { fromClicked, inStepOf, operation, refreshUserIds, sameBinding, shortId } from './actions';
import type { SelectionStepData } from './card-actions';
import { ShownSelection, SelectionStepData as StepSchema, StartSelectionData } from './card-actions';
import { errorCard, withBanner } from './cards/conversation-cards';
import { candidateRevision } from './cards/selection-actions';
import { selectionCard } from './cards/selection-card';
import { withWarnings } from './cards/warnings-section';
import { conversationTexts } from './conversation-texts';
import { refusalText } from './core-words';

/** A selection's cards as they are now, as this caller may read it: their own view and the shared one. */
async function selectionCards(deps: BotDeps, caller: Caller, circleId: string, selectionId: string, banner?: string): Promise<Outcome> {
  const loaded = await deps.services.selections.load(caller.tenantId, selectionId);
  const stored = loaded.record?.value;
  const structure = loaded.structure.structure;
  if (!stored || stored.circleId !== circleId) return { viewer: errorCard(caller.texts.t('cards', 'errorSelectionGone')) };
  return cardsOf(caller, stored, structure, banner);
}

/** The cards of the selection as the request last read or wrote it. */
function cardsOf(caller: Caller, stored: Selection, structure: Structure, banner?: string): Outcome {
  const readable = readSelection(stored, structure, caller.actor);
  if (!readable.ok) return { viewer: errorCard(refusalText(caller.texts, readable.error)) };
  const selecting = findCircle(structure, stored.selectingCircleId);
  const concerned = [selecting, findCircle(structure, stored.circleId)].filter((circle) => circle !== undefined);
  const refresh = refreshUserIds(caller, ...concerned);
  const now = caller.now;
  const viewer = selectionCard(
    { selection: readable.value, stored, structure, viewer: caller.personId, now, refreshUserIds: refresh },
    caller.texts,
  );
  const home = [selecting, findCircle(structure, stored.circleId)].some(
    (circle) => circle !== undefined && sameBinding(circle.binding, caller.binding),
  );
  if (banner || !home) return { viewer: banner ? withBanner(viewer, banner) : viewer };
  const card = selectionCard(
    { selection: selectionForCircle(stored), stored, structure, viewer: null, now, refreshUserIds: refresh },
    conversationTexts(caller.conversation),
  );
  return { viewer, shared: { card, record: `selection:${stored.selectionId}`, fromClicked: false } };
}

function commandOf(data: SelectionStepData): Record<string, unknown> {
  const base = { selectionId: data.selectionId, type: data.step };
  switch (data.step) {
    case 'nominate':
    case 'change-nomination':
      return { ...base, nominee: data.nominee, reason: data.reason };
    case 'propose-candidate':
      return { ...base, candidate: data.candidate, reasoning: data.reasoning, options: data.mode ? { mode: data.mode } : {} };
    case 'answer': {
      const text = data.kind === 'concern' ? data.concern : data.kind === 'object' ? data.objection : undefined;
      return { ...base, answer: { kind: data.kind, ...(text ? { text } : {}) } };
    }
    case 'amend-candidate-proposal':
      return {
        ...base,
        ...(data.candidate ? { candidate: data.candidate } : {}),
        ...(data.termMonths ? { termMonths: data.termMonths } : {}),
      };
    case 'close-consent-round': {
      const present = data.present
        ?.split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      return { ...base, ...(present ? { present } : {}) };
    }
    case 'withdraw-selection':
      return { ...base, reason: data.withdrawal };
    default:
      return base;
  }
}

async function step(
  deps: BotDeps,
  caller: Caller,
  circleId: string,
  id: string,
  command: Record<string, unknown>,
  part: string,
  guard?: RecordGuard<Selection>,
  read?: LoadedRecord<Selection>,
) {
  const opId = operation(caller, part);
  return runRecordStep(
    deps.services.selections,
    selectionKind,
    {
      tenantId: caller.tenantId,
      circleId,
      id,
      command,
      actor: caller.actor,
      now: caller.now,
      ...(opId ? { operationId: opId } : {}),
      ...(caller.unkeptUser ? { teamsUser: caller.unkeptUser } : {}),
    },
    guard,
    read,
    inStepOf(deps, caller),
  );
}

/** A click on a selection card: a stale proposal revision is refused, anything else goes to the core. */
export async function selectionStep(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const parsed = StepSchema.safeParse(raw);
  if (!parsed.success) return { viewer: errorCard(caller.texts.t('cards', 'errorUnknownAction')) };
  const data = parsed.data;
  const loaded = await deps.services.selections.load(caller.tenantId, data.selectionId);
  const stored = loaded.record?.value;
  if (!stored || stored.circleId !== data.circleId) return { viewer: errorCard(caller.texts.t('cards', 'errorSelectionGone')) };
  // Checked where the step is decided, after a retry is recognised as one.
  const sameProposal = (record: Selection | null): Result<true> =>
    record === null || candidateRevision(record) === data.revision
      ? ok(true)
      : fail('wrong-stage', { key: 'cardShowsOldProposal', values: { current: candidateRevision(record) } }, 'revision');
  // Decided on the selection as read here, and the cards show the state the step returned: one read serves the click.
  const result = await step(deps, caller, data.circleId, data.selectionId, commandOf(data), '0', sameProposal, loaded);
  if (!result.ok) return cardsOf(caller, stored, loaded.structure.structure, refusalText(caller.texts, result.error));
  const cards = cardsOf(caller, result.value.record, result.value.structure);
  // The term a selection records may break a double link or the role limit: the person who acted is told on their own card.
  const keptUser = caller.unkeptUser !== undefined && !result.value.replayed;
  return { ...cards, viewer: withWarnings(cards.viewer, result.value.warnings, caller.texts), keptUser };
}

/** The `select` form's answer: start a selection of a role, the nominations open. */
export async function startSelection(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const parsed = StartSelectionData.safeParse(raw);
  if (!parsed.success) return { viewer: errorCard(caller.texts.t('cards', 'roleRequired')) };
  const { circleId, roleId } = parsed.data;
  const selectionId = `s-${shortId(`${caller.tenantId}:${caller.conversationId}:${caller.operationId ?? `${caller.personId}:${circleId}:${roleId}:${caller.now}`}`)}`;
  const result = await step(deps, caller, circleId, selectionId, { type: 'start-selection', selectionId, circleId, roleId }, 'start');
  if (!result.ok) return { viewer: errorCard(refusalText(caller.texts, result.error)) };
  // The select form's message becomes the selection's card.
  return fromClicked(cardsOf(caller, result.value.record, result.value.structure));
}

export async function showSelection(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const ref = ShownSelection.safeParse(raw);
  if (!ref.success) return { viewer: errorCard(caller.texts.t('cards', 'errorNoSelection')) };
  const cards = await selectionCards(deps, caller, ref.data.circleId, ref.data.selectionId);
  return { viewer: cards.viewer };
}
