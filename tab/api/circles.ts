import type { Circle, CircleRole, CircleSteps, MappedCircle } from '../../shared';
import type { ApiClient } from './client';

/** A circle as GET /api/circles/{circleId} sends it: whole, with its roles and who holds each today, as the core reads them. */
export type ListedCircle = Circle & { readonly roles: readonly CircleRole[]; readonly holders: Readonly<Record<string, string>> };

export type { CircleSteps, MappedCircle };

/** A role's name in its circle, as the API named it. */
export const roleNameIn = (circle: Pick<ListedCircle, 'roles'>, roleId: string) =>
  circle.roles.find((role) => role.roleId === roleId)?.name ?? roleId;

/** The circle map: every circle without its members, terms or policy, as the pickers and the map need them. */
export const circleMapOf = (api: ApiClient) => api.get<{ circles: MappedCircle[] }>('circles').then((body) => body.circles);

/** One circle whole (members, terms, policy), by one point read on the server. */
export const circleOf = (api: ApiClient, circleId: string) =>
  api.get<{ circle: ListedCircle }>(`circles/${encodeURIComponent(circleId)}`).then((body) => body.circle);

/** One circle whole and what the caller may start there, as the core answers it (`steps`). */
export const circlePageOf = (api: ApiClient, circleId: string) =>
  api.get<{ circle: ListedCircle; steps: CircleSteps }>(`circles/${encodeURIComponent(circleId)}`);
