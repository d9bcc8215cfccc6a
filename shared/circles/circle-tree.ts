import type { CircleId } from '../kernel/ids';
import type { Circle, Structure } from './circle';
import { findCircle } from './circle';

/** The chain from a circle up to the general circle, starting with its parent. */
export function ancestorsOf(structure: Structure, circleId: CircleId): CircleId[] {
  const chain: CircleId[] = [];
  let current = findCircle(structure, circleId)?.parentId ?? null;
  // The guard stops on a corrupt stored tree instead of looping forever.
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = findCircle(structure, current)?.parentId ?? null;
  }
  return chain;
}

/** Moving `circleId` under `newParentId` would make a circle its own ancestor. */
export function wouldCreateCycle(structure: Structure, circleId: CircleId, newParentId: CircleId): boolean {
  return newParentId === circleId || ancestorsOf(structure, newParentId).includes(circleId);
}

export function subCircles(structure: Structure, circleId: CircleId): Circle[] {
  return Object.values(structure.circles).filter((circle) => circle.parentId === circleId && !circle.archived);
}

export function generalCircle(structure: Structure): Circle | undefined {
  return Object.values(structure.circles).find((circle) => circle.parentId === null && !circle.archived);
}
