import { textsFor } from '../../texts/all';
import { localeOf } from '../../texts/locales';
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { z } from 'zod';
import type { Circle } from '../../shared';
import { activeCircles, CircleId, domainError, findCircle } from '../../shared';
import { readCalendarFeed } from '../application/read-calendar-feed';
import type { FeedScope } from '../application/ports/feed-token-repository';
import { renderFeed } from '../calendar/ical-feed';
import { tabLinkOf } from '../calendar/tab-link';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated, bodyOf, failed } from './route';
import { json, refused } from './responses';

const feedPath = 'calendar';
/** A token is 43 base64url characters; `.ics` may follow, as calendar clients like. */
const FeedToken = z.string().regex(/^[A-Za-z0-9_-]{43}(\.ics)?$/, 'is not a calendar address this app made');

function feedUrl(request: HttpRequest, token: string): string {
  return `${new URL(request.url).origin}/api/${feedPath}/${token}.ics`;
}

const memberOf = (circle: Circle, personId: string) => circle.members.some((m) => m.personId === personId);

/**
 * GET /api/calendar/{token}.ics: a circle's or a person's calendar as RFC 5545, for
 * any calendar to subscribe to. The unguessable token is the only key: calendar
 * clients send no sign-in.
 */
function feedGet(services: () => Promise<Services>): Route {
  return {
    name: 'calendar-feed',
    contract: {
      summary: 'A circle’s or a person’s reviews and meetings as an iCalendar feed (text/calendar); the address’s token is the key.',
    },
    methods: ['GET'],
    route: `${feedPath}/{token}`,
    handler: async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
      const token = FeedToken.safeParse(request.params.token);
      const gone = domainError('not-found', 'calendarAddressUnknown', 'token');
      if (!token.success) return refused(request, gone);
      try {
        const ready = await services();
        const owner = await ready.feeds.resolve(token.data.replace(/\.ics$/, ''));
        if (!owner) return refused(request, gone);
        const now = ready.now();
        const feed = await readCalendarFeed(ready, owner.tenantId, owner.scope, now);
        if (!feed) return refused(request, gone);
        // A calendar app sends no language of its own: the address says it (`?lang=nl`), English without.
        const texts = textsFor(localeOf(request.query.get('lang')));
        const name = texts.t('calendar', 'feedName', { name: feed.name ?? texts.t('calendar', 'myCircles') });
        const body = renderFeed({ name, tenantId: owner.tenantId, records: feed.records, linkOf: tabLinkOf(ready.tabAddress), texts, now });
        return { status: 200, headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' }, body };
      } catch (error) {
        return failed(request, context, error);
      }
    },
  };
}

/** GET /api/feeds: the caller's own calendar address, and that of each circle they are in. */
function feedsList(services: () => Promise<Services>): Route {
  return {
    name: 'feeds-list',
    contract: { summary: 'The caller’s calendar addresses: their own (every circle they are in) and each of their circles’.' },
    methods: ['GET'],
    route: 'feeds',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const { structure } = await ready.structures.load(identity.tenantId);
      const circles = activeCircles(structure).filter((circle) => memberOf(circle, identity.personId));
      const person = await ready.feeds.tokenFor(identity.tenantId, { kind: 'person', personId: identity.personId });
      const perCircle = await Promise.all(
        circles.map(async (circle) => ({
          circleId: circle.circleId,
          name: circle.name,
          url: feedUrl(
            request,
            await ready.feeds.tokenFor(identity.tenantId, { kind: 'circle', circleId: circle.circleId, personId: identity.personId }),
          ),
        })),
      );
      return json({ person: { url: feedUrl(request, person) }, circles: perCircle });
    }),
  };
}

const RevokeBody = z.union([z.object({ scope: z.literal('person') }), z.object({ circleId: CircleId })]);

/** POST /api/feeds/revoke: a new address for the caller's own calendar or one of their circles'; the old one stops working. */
function feedsRevoke(services: () => Promise<Services>): Route {
  return {
    name: 'feeds-revoke',
    contract: { summary: 'Replace a calendar address: the old one stops working at once.', body: RevokeBody },
    methods: ['POST'],
    route: 'feeds/revoke',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const body = await bodyOf(request);
      if (!body.ok) return body.response;
      const parsed = RevokeBody.safeParse(body.value);
      if (!parsed.success)
        return refused(
          request,
          domainError(
            'invalid-input',
            { key: 'feedScopeForm', values: { person: '{"scope":"person"}', circle: '{"circleId":"…"}' } },
            'body',
          ),
        );
      let scope: FeedScope = { kind: 'person', personId: identity.personId };
      if ('circleId' in parsed.data) {
        const { structure } = await ready.structures.load(identity.tenantId);
        const circle = findCircle(structure, parsed.data.circleId);
        if (!circle)
          return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: parsed.data.circleId } }, 'circleId'));
        if (!memberOf(circle, identity.personId))
          return refused(
            request,
            domainError('not-a-member', { key: 'onlyMembersReplaceFeed', values: { circle: circle.name } }, 'circleId'),
          );
        scope = { kind: 'circle', circleId: circle.circleId, personId: identity.personId };
      }
      return json({ url: feedUrl(request, await ready.feeds.revoke(identity.tenantId, scope)) });
    }),
  };
}

export function feedRoutes(services: () => Promise<Services>): { api: Route[]; feed: Route } {
  return { api: [feedsList(services), feedsRevoke(services)], feed: feedGet(services) };
}
