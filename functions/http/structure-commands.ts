import { z } from 'zod';
import { ChangeWarning, domainError, StructureCommand, StructureEvent } from '../../shared';
import { changeStructure } from '../application/change-structure';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated, bodyOf } from './route';
import { json, refused } from './responses';

/** The events recorded, and what the double-link and power-balance rules warn of: the step is taken either way. */
const StructureChanged = z.object({ events: z.array(StructureEvent), warnings: z.array(ChangeWarning) });

/** POST /api/structure/commands: one structure command (create-circle, add-member, assign-role, …). */
export function structureCommands(services: () => Promise<Services>): Route {
  return {
    name: 'structure-commands',
    contract: {
      summary: 'Change the organisation’s circles: create, rename, describe, move, archive, bind, members, policy, roles, terms.',
      body: StructureCommand,
      response: StructureChanged,
    },
    methods: ['POST'],
    route: 'structure/commands',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const body = await bodyOf(request);
      if (!body.ok) return body.response;
      // One command per request, as the contract says; several at once is the bot's own use.
      if (Array.isArray(body.value)) return refused(request, domainError('invalid-input', 'oneStructureCommand', 'body'));
      if (typeof body.value !== 'object' || body.value === null) {
        return refused(
          request,
          domainError(
            'invalid-input',
            { key: 'structureCommandNotAnObject', values: { example: '{"type":"rename-circle","circleId":"…","name":"…"}' } },
            'body',
          ),
        );
      }
      const now = ready.now();
      const result = await changeStructure(ready.structures, identity.tenantId, body.value, actor, now, {
        sources: ready,
        tenantId: identity.tenantId,
        now,
      });
      if (!result.ok) return refused(request, result.error);
      return json({ events: result.value.events, warnings: result.value.warnings });
    }),
  };
}
