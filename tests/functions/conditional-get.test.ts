import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { endpoints, type Endpoint } from '../../functions/http/dispatch';
import { etagOf, matches } from '../../functions/http/conditional-get';
import type { Route } from '../../functions/http/route';

/** A meeting route whose reply carries the server's time, as a running meeting's clocks need. */
let reply: HttpResponseInit = { status: 200, jsonBody: {} };
const meetingGet: Route = {
  name: 'meeting-get',
  contract: { summary: 'a meeting' },
  methods: ['GET'],
  route: 'meetings/{id}',
  handler: async () => reply,
};
const [endpoint] = endpoints([meetingGet]) as [Endpoint];

async function ask(ifNoneMatch?: string) {
  const headers: Record<string, string> = ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {};
  const request = new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/meetings/northside', headers });
  const response = new HttpResponse(await endpoint.handler(request, new InvocationContext({ functionName: endpoint.name })));
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    body: await response.text(),
  };
}

const meeting = { meetingId: 'northside-next-week', status: 'in-progress', item: 'weekend-rota' };

describe('conditional GETs: the validator of a reply with the server’s time', () => {
  it('leaves the top-level `now` out of the ETag, so an unchanged meeting answers 304 a second later', async () => {
    reply = { status: 200, jsonBody: { meeting, now: '2026-12-04T09:00:00.000Z' } };
    const first = await ask();
    expect(first.etag).toMatch(/^W\/"/);
    // Never stored by the browser, which would hand the old time back on a 304.
    expect(first.cacheControl).toBe('no-store');
    reply = { status: 200, jsonBody: { meeting, now: '2026-12-04T09:00:01.000Z' } };
    expect(await ask(first.etag as string)).toEqual({ status: 304, etag: first.etag, cacheControl: 'no-store', body: '' });
  });

  it('changes the ETag when anything but `now` changes, including a `now` nested below the top', async () => {
    const tag = etagOf({ meeting, now: 'a' });
    expect(etagOf({ meeting: { ...meeting, item: 'families' }, now: 'a' })).not.toBe(tag);
    expect(etagOf({ meeting: { ...meeting, now: 'a' } })).not.toBe(etagOf({ meeting: { ...meeting, now: 'b' } }));
  });

  it('keeps a strong ETag for a body without a server time, and answers a refusal unconditionally', async () => {
    reply = { status: 200, jsonBody: { meeting } };
    const plain = await ask();
    expect(plain.etag).toBe(etagOf({ meeting }));
    expect(plain.etag).toMatch(/^"/);
    expect(plain.cacheControl).toBeNull();
    reply = {
      status: 404,
      jsonBody: { error: { code: 'not-found', message: 'There is no meeting “x” in this circle.', field: 'meetingId' } },
    };
    expect(await ask('*')).toMatchObject({ status: 404, etag: null });
  });

  it('compares tags weakly, as RFC 9110 asks of If-None-Match, in a list or as *', () => {
    expect(matches('W/"abc"', '"abc"')).toBe(true);
    expect(matches('"old", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matches('*', '"abc"')).toBe(true);
    expect(matches('"abd"', '"abc"')).toBe(false);
    expect(matches(null, '"abc"')).toBe(false);
  });
});
