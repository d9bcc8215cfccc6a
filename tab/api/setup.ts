import type { CircleSetup } from '../../shared';
import type { ApiClient } from './client';

/** GET /api/circles/{circleId}/setup: what the circle still needs, and whether the caller keeps its records. */
export const circleSetupOf = (api: ApiClient, circleId: string) =>
  api.get<{ setup: CircleSetup; mayKeepRecords: boolean }>(`circles/${encodeURIComponent(circleId)}/setup`);

/** GET /api/setup: whether the caller may start the organisation with its general circle. */
export const mayStartOf = (api: ApiClient) =>
  api.get<{ mayCreateGeneralCircle: boolean }>('setup').then((body) => body.mayCreateGeneralCircle);

/** GET /api/setup: the circles the caller may create a circle inside (those whose records they keep). */
export const createCircleInOf = (api: ApiClient) => api.get<{ createCircleIn: string[] }>('setup').then((body) => body.createCircleIn);

/** GET /api/setup: the most roles one person should hold, and whether the caller may change it (an organisation admin). */
export const roleLimitOf = (api: ApiClient) => api.get<{ roleLimit: number; maySetRoleLimit: boolean }>('setup');
