import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { domainError } from '../../shared';
import type { Services } from '../composition/services';
import { refused } from './responses';
import type { Route } from './route';
import { staticFile } from './static-files';

/**
 * GET /api/tab/{*path}: the tab's bundle, served by the Function App itself, so the
 * tab and the API share one HTTPS origin (no CORS, no second host to run). Chunk
 * names carry a content hash and are cached for good; the page itself is not.
 */
export function tabFiles(services: () => Promise<Services>): Route {
  return {
    name: 'tab-files',
    contract: { summary: 'The Teams tab’s static files (HTML and JavaScript).' },
    methods: ['GET'],
    route: 'tab/{*path}',
    handler: async (request: HttpRequest): Promise<HttpResponseInit> => {
      const path = request.params.path ?? '';
      const file = await staticFile((await services()).tabFolder, path);
      if (!file) return refused(request, domainError('not-found', 'noTabFile', 'path'));
      const immutable = path.startsWith('chunks/') || /-[A-Z0-9]{8}\.js$/.test(path);
      return {
        status: 200,
        headers: { 'content-type': file.type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' },
        body: file.body,
      };
    },
  };
}
