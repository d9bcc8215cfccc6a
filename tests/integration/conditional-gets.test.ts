import { useApi } from '../support/api-host';
import { northsideAgenda } from '../support/meeting-flow';

const { api } = useApi();

const meeting = 'circles/northside/meetings/northside-2027-03-04';

/** A raw request, so a `304` (which has no JSON to read) is seen as it comes. */
async function ask(method: string, path: string, as: string, headers: Record<string, string> = {}, body?: object) {
  const response = await fetch(`${api().url}/${path}`, {
    method,
    headers: { 'x-dev-person': as, ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    text: await response.text(),
  };
}

describe('conditional GETs through the real routes (dev identities, real Azurite)', () => {
  beforeAll(async () => {
    const plan = { type: 'plan-meeting', scheduledFor: '2027-03-04T09:00:00.000Z', agenda: northsideAgenda };
    const planned = await ask('POST', `${meeting}/steps`, 'dev', {}, plan);
    if (planned.status !== 200) throw new Error(planned.text);
  });

  it('gives a JSON reply a strong ETag and answers 304 without a body when If-None-Match names it', async () => {
    const first = await ask('GET', 'circles/northside/meetings', 'amara');
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await ask('GET', 'circles/northside/meetings', 'amara', { 'if-none-match': first.etag as string });
    expect(again).toEqual({ status: 304, etag: first.etag, cacheControl: null, text: '' });
    // HEAD is GET without the body, conditions included.
    expect((await ask('HEAD', 'circles/northside/meetings', 'amara', { 'if-none-match': first.etag as string })).status).toBe(304);
  });

  it('tags a meeting without its server time and clocks (weak, never stored), so an unchanged meeting answers 304', async () => {
    const first = await ask('GET', meeting, 'amara');
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/"[A-Za-z0-9_-]{43}"$/);
    expect(first.cacheControl).toBe('no-store');
    expect(JSON.parse(first.text).now.serverNow).toEqual(expect.any(String));
    const again = await ask('GET', meeting, 'amara', { 'if-none-match': first.etag as string });
    expect(again).toMatchObject({ status: 304, etag: first.etag, text: '' });
  });

  it('answers 200 with the new body and a new ETag once the meeting changed', async () => {
    const before = await ask('GET', meeting, 'amara');
    const opened = await ask('POST', `${meeting}/steps`, 'hana', {}, { type: 'open-check-in' });
    expect(opened.status).toBe(200);
    const after = await ask('GET', meeting, 'amara', { 'if-none-match': before.etag as string });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text).meeting.status).toBe('check-in');
  });

  it('validates lists too, and a tag from another reply or another person’s view does not match', async () => {
    const list = await ask('GET', 'circles/northside/meetings', 'amara');
    expect(list.status).toBe(200);
    expect((await ask('GET', 'circles/northside/meetings', 'amara', { 'if-none-match': `"stale", ${list.etag}` })).status).toBe(304);
    const one = await ask('GET', meeting, 'amara');
    expect((await ask('GET', 'circles/northside/meetings', 'amara', { 'if-none-match': one.etag as string })).status).toBe(200);
    // Each person's circle map names their own steps: the tag is of the body they are sent.
    const amaras = await ask('GET', 'me', 'amara');
    const hanas = await ask('GET', 'me', 'hana', { 'if-none-match': amaras.etag as string });
    expect(hanas.status).toBe(200);
    expect(hanas.etag).not.toBe(amaras.etag);
  });

  it('gives refusals and steps no ETag, and never answers a refusal 304', async () => {
    const outsider = await ask('GET', meeting, 'ben', { 'if-none-match': '*' });
    expect(outsider).toMatchObject({ status: 403, etag: null });
    const missing = await ask('GET', 'circles/northside/meetings/no-such-meeting', 'amara', { 'if-none-match': '*' });
    expect(missing).toMatchObject({ status: 404, etag: null });
    const step = await ask('POST', `${meeting}/steps`, 'amara', { 'if-none-match': '*' }, { type: 'check-in', text: 'Glad to be here' });
    expect(step).toMatchObject({ status: 200, etag: null });
  });

  it('says in its OpenAPI document what each GET sends: If-None-Match and 304, a strong ETag, or a weak one with no-store where the body carries the server’s time', async () => {
    type Operation = { parameters: object[]; responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }> };
    const document = JSON.parse((await ask('GET', 'openapi.json', 'amara')).text) as { paths: Record<string, Record<string, Operation>> };
    const ids: Record<string, string> = { circleId: 'northside', meetingId: 'northside-2027-03-04' };
    const answered: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (method !== 'get') {
          expect({ path, method, notModified: operation.responses['304'] }).toEqual({ path, method, notModified: undefined });
          continue;
        }
        expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'If-None-Match', in: 'header', required: false }));
        const timed = operation.responses['200']?.headers?.['Cache-Control'] !== undefined;
        expect(operation.responses['304']).toEqual({ $ref: `#/components/responses/${timed ? 'NotModifiedTimed' : 'NotModified'}` });
        // Records this test did not make (a proposal, a selection) cannot be read; the rest is asked as documented.
        if (/\{(?!circleId\}|meetingId\})\w+\}/.test(path)) continue;
        const reply = await ask(
          'GET',
          path.replace('/api/', '').replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name),
          'amara',
        );
        if (reply.status !== 200) continue;
        answered.push(path);
        expect({ path, weak: reply.etag?.startsWith('W/'), cacheControl: reply.cacheControl }).toEqual({
          path,
          weak: timed,
          cacheControl: timed ? 'no-store' : null,
        });
      }
    }
    expect(answered).toEqual(
      expect.arrayContaining([
        '/api/circles',
        '/api/me',
        '/api/circles/{circleId}/meetings',
        '/api/circles/{circleId}/meetings/{meetingId}',
      ]),
    );
  });
});
