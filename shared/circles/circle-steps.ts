import { isCircleMember } from '../consent/facilitation';
import type { Actor } from '../kernel/actor';
import type { CalendarDate, Instant } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import { circleRoles } from '../roles/circle-roles';
import { selectingCircleOf } from '../selection/selecting-circle';
import type { Circle, Structure } from './circle';
import { activeCircles } from './circle';
import { mayKeepRecords, mayRecordTerm } from './structure-permissions';
import { availableStructureSteps, type StructureStepKind } from './structure-steps';

/**
 * What a person may start from a circle's page, so the tab offers only forms the deciders
 * will accept. One answer from one read of the structure: whether the caller keeps the
 * records or chooses the leader is read from the parents too.
 */
export interface CircleSteps {
  /** Record members and terms, describe the circle, choose its policy, create circles inside it. */
  readonly keepRecords: boolean;
  /** Draft a proposal: the circle's members do, while the circle is not archived. */
  readonly draftProposal: boolean;
  /** The roles whose selection this person may start: members of the choosing circle (the parent for the leader). */
  readonly selectRoles: readonly string[];
  /** The roles whose terms the person may record and end: all of them for the circle's record keeper, the leader's for the parent's. */
  readonly recordTerms: readonly string[];
  /** The steps on the circle's structure the person may take now (rename it, remove a member, archive it, …). */
  readonly change: readonly StructureStepKind[];
}

export function circleSteps(structure: Structure, circle: Circle, actor: Actor, now: Instant): CircleSteps {
  const day = dayOf(now);
  const active = !circle.archived;
  const roleIds = active ? circleRoles(circle).map((role) => role.roleId) : [];
  const selects = (roleId: string) => {
    const selecting = selectingCircleOf(structure, circle, roleId);
    return selecting !== undefined && isCircleMember(selecting, actor);
  };
  return {
    keepRecords: active && mayKeepRecords(structure, circle, actor, day),
    draftProposal: active && isCircleMember(circle, actor),
    selectRoles: roleIds.filter(selects),
    recordTerms: roleIds.filter((roleId) => mayRecordTerm(structure, circle, roleId, actor, day)),
    change: availableStructureSteps(structure, circle.circleId, actor, now),
  };
}

/** The circles a person may create a circle inside: the active ones whose records they keep. */
export function circlesToCreateIn(structure: Structure, actor: Actor, day: CalendarDate): string[] {
  return activeCircles(structure)
    .filter((circle) => mayKeepRecords(structure, circle, actor, day))
    .map((circle) => circle.circleId);
}
