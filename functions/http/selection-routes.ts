import { SelectionCommand, availableSelectionSteps, dayOf, findCircle, readSelection, selectionGuide, selectionTally } from '../../shared';
import { nameOfRole } from './role-names';
import { listCircleSelections } from '../application/list-circle-records';
import { selectionKind } from '../application/record-kinds';
import type { Services } from '../composition/services';
import { recordRoutes } from './record-routes';

/**
 * Role selection by consent under `circles/{circleId}/selections`, where the circle
 * is the one whose role is filled. Nominations still hidden show only the caller's own.
 */
export function selectionRoutes(services: () => Promise<Services>) {
  return recordRoutes(services, {
    plural: 'selections',
    singular: 'selection',
    idField: 'selectionId',
    commandSchema: SelectionCommand,
    kind: selectionKind,
    store: (ready) => ready.selections,
    circleOf: (selection) => selection.circleId,
    list: listCircleSelections,
    read: readSelection,
    spokenInMeetings: true,
    details: (stored, structure, actor, now, texts) => {
      const selecting = findCircle(structure, stored.selectingCircleId);
      const filled = findCircle(structure, stored.circleId);
      const { roleId } = stored;
      const roleName = nameOfRole(texts, filled, roleId, true);
      const role = filled ? texts.t('cards', 'selectionRole', { role: roleName, circle: filled.name }) : roleName;
      // The guide speaks of the selection as the circle sees it, never of hidden nominations, in the caller's words.
      return {
        guide: selecting ? texts.say('guide', selectionGuide(stored, selecting, role, dayOf(now))) : '',
        steps: availableSelectionSteps(structure, stored, actor, now),
        tally: selecting ? selectionTally(stored, selecting) : null,
      };
    },
    summaries: {
      list: 'Role selections of the circle, and those it holds for a sub-circle’s leader, as the caller may read them, newest first, a page at a time (`after` = the `next` of the page before).',
      get: 'A role selection: nominations (only the caller’s own until revealed), the facilitator’s proposal, the consent round, the guide to its stage, the steps the caller may take now and the tally of its running consent round.',
      steps:
        'One step of a role selection (start-selection, nominate, close-nominations, change-nomination, propose-candidate, answer, …); `selectionId` and `circleId` are taken from the path. Send `Operation-Id` to make retries apply once.',
    },
  });
}
