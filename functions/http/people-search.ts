import type { HttpRequest } from '@azure/functions';
import { parse, PeopleQuery } from '../../shared';
import { searchPeople } from '../application/search-people';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

/** The Teams SSO token the caller was authenticated with, to search the directory with their rights; none in dev mode. */
const ssoTokenOf = (request: HttpRequest): string | null =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;

/** GET /api/people?query=: people to bring into a circle, from the tenant's directory and from the circles. */
export function peopleSearch(services: () => Promise<Services>): Route {
  return {
    name: 'people-search',
    contract: {
      summary:
        'People whose name begins with the query: the tenant’s directory first (Microsoft Graph, with the caller’s rights), ' +
        'then people already in circles; at most 25, each once. `directory` says whether the directory was searched; ' +
        'when the caller must first consent, `consent` says so in a sentence for them.',
      query: PeopleQuery,
    },
    methods: ['GET'],
    route: 'people',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(PeopleQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(request, query.error);
      const caller = { tenantId: identity.tenantId, personId: identity.personId, ssoToken: ssoTokenOf(request) };
      const found = await searchPeople(ready, caller, query.value.query);
      const texts = textsOf(request);
      if (!found.ok) {
        const error = { code: 'directory-unavailable', message: texts.t('api', found.reason) };
        return { status: 503, headers: { 'retry-after': '5' }, jsonBody: { error } };
      }
      // Consent missing is no failure of the search: the people already in circles are still offered, with what consent would add.
      const consent = found.consent ? { consent: { code: 'consent-required', message: texts.t('api', found.consent) } } : {};
      return json({ people: found.people, directory: found.directory, ...consent });
    }),
  };
}
