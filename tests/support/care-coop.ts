import type { Actor, Structure } from '../../shared';
import { emptyStructure, structureDecider } from '../../shared';
import { step } from './apply';
import { now, today } from './clock';
import { admin, people } from './people';

/**
 * Riverside Care Co-op: a general (hub) circle and two sub-circles, correctly
 * double-linked. The Northside care team includes the two people it supports.
 *
 *   hub (general): amara, ben, chloe, dev, esi          facilitator chloe, secretary ben
 *   ├─ northside:  amara, dev, farid*, grace*, hana     leader amara, delegate dev, facilitator hana, secretary dev
 *   └─ finance:    ben, esi, chloe                      leader ben, delegate esi, facilitator chloe, secretary esi
 */
export function careCoop(): Structure {
  let s = emptyStructure;
  const run = (command: object, actor: Actor = admin) => {
    s = step(structureDecider, s, command, actor, now);
  };
  run({
    type: 'create-circle',
    circleId: 'hub',
    name: 'Riverside Care Co-op',
    aim: 'Good care, decided together',
    domain: 'The co-op as a whole',
    parentId: null,
  });
  run({
    type: 'create-circle',
    circleId: 'northside',
    name: 'Northside care team',
    aim: 'Support people at home in Northside',
    domain: 'Rotas and care plans in Northside',
    parentId: 'hub',
  });
  run({
    type: 'create-circle',
    circleId: 'finance',
    name: 'Finance',
    aim: 'Keep the co-op solvent',
    domain: 'Budgets and payroll',
    parentId: 'hub',
  });
  for (const name of ['amara', 'ben', 'chloe', 'dev', 'esi'] as const) run({ type: 'add-member', circleId: 'hub', member: people[name] });
  for (const name of ['amara', 'dev', 'farid', 'grace', 'hana'] as const)
    run({ type: 'add-member', circleId: 'northside', member: people[name] });
  for (const name of ['ben', 'esi', 'chloe'] as const) run({ type: 'add-member', circleId: 'finance', member: people[name] });
  const assign = (circleId: string, roleId: string, personId: string) =>
    run({ type: 'assign-role', circleId, assignmentId: `${circleId}-${roleId}`, roleId, personId, termStart: today });
  assign('hub', 'facilitator', 'chloe');
  assign('hub', 'secretary', 'ben');
  assign('northside', 'leader', 'amara');
  assign('northside', 'delegate', 'dev');
  assign('northside', 'facilitator', 'hana');
  assign('northside', 'secretary', 'dev');
  assign('finance', 'leader', 'ben');
  assign('finance', 'delegate', 'esi');
  assign('finance', 'facilitator', 'chloe');
  assign('finance', 'secretary', 'esi');
  return s;
}

export function circleOf(structure: Structure, circleId: string) {
  const circle = structure.circles[circleId];
  if (!circle) throw new Error(`no circle ${circleId}`);
  return circle;
}
