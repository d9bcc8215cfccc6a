import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { bodyLimitBytes, endpoints, type Endpoint } from '../../functions/http/dispatch';
import type { Route } from '../../functions/http/route';

/** Routes that only say which of them answered. */
function route(name: string, methods: Route['methods'], template: string): Route {
  return {
    name,
    contract: { summary: name },
    methods,
    route: template,
    handler: async (): Promise<HttpResponseInit> => ({ status: 200, jsonBody: { servedBy: name } }),
  };
}

const selections = [
  route('selections-list', ['GET'], 'circles/{circleId}/selections'),
  route('selection-start', ['POST'], 'circles/{circleId}/selections'),
  route('selection-get', ['GET'], 'circles/{circleId}/selections/{selectionId}'),
];

async function ask(method: string, headers: Record<string, string> = {}): Promise<{ status: number; allow: string | null; body: string }> {
  const endpoint = endpoints(selections)[0] as Endpoint;
  const request = new HttpRequest({
    method,
    url: 'http://127.0.0.1:7071/api/circles/northside/selections',
    headers,
    params: { circleId: 'northside' },
  });
  const response = new HttpResponse(await endpoint.handler(request, new InvocationContext({ functionName: endpoint.name })));
  return { status: response.status, allow: response.headers.get('allow'), body: await response.text() };
}

describe('endpoints: one function per route template', () => {
  it('groups routes that share a template, named after the first, in the order the routes come', () => {
    expect(endpoints(selections).map((endpoint) => [endpoint.name, endpoint.route, endpoint.allow])).toEqual([
      ['selections-list', 'circles/{circleId}/selections', ['GET', 'HEAD', 'POST', 'OPTIONS']],
      ['selection-get', 'circles/{circleId}/selections/{selectionId}', ['GET', 'HEAD', 'OPTIONS']],
    ]);
  });

  it('hands each method to the route that takes it', async () => {
    expect(await ask('GET')).toMatchObject({ status: 200, body: '{"servedBy":"selections-list"}' });
    expect(await ask('post')).toMatchObject({ status: 200, body: '{"servedBy":"selection-start"}' });
  });

  it('answers any other method 405, naming in Allow and in the error what the path takes', async () => {
    const refused = await ask('DELETE');
    expect({ status: refused.status, allow: refused.allow }).toEqual({ status: 405, allow: 'GET, HEAD, POST, OPTIONS' });
    expect(JSON.parse(refused.body)).toEqual({
      error: {
        code: 'method-not-allowed',
        message: '/api/circles/northside/selections does not take DELETE; it takes GET, HEAD, POST, OPTIONS.',
      },
    });
  });

  it('answers OPTIONS 204 with Allow, and HEAD as GET without its body', async () => {
    expect(await ask('OPTIONS')).toEqual({ status: 204, allow: 'GET, HEAD, POST, OPTIONS', body: '' });
    expect(await ask('HEAD')).toEqual({ status: 200, allow: null, body: '' });
  });

  it('refuses a body declared above the limit with 413 naming the body, and takes one at the limit', async () => {
    const refused = await ask('POST', { 'content-length': String(bodyLimitBytes + 1) });
    expect({ status: refused.status, error: JSON.parse(refused.body).error }).toEqual({
      status: 413,
      error: { code: 'too-large', message: 'The request body is larger than the 1 MiB any request needs.', field: 'body' },
    });
    expect((await ask('POST', { 'content-length': String(bodyLimitBytes) })).status).toBe(200);
  });
});
