import { useApi } from '../support/api-host';
import { rotaProposal } from '../support/proposals';

const { call } = useApi();

const steps = 'circles/northside/proposals/weekend-rota/steps';

describe('a refusal is written in the language the request asks for (Accept-Language)', () => {
  it('answers a Dutch reader in Dutch words, with the same code and field as in English', async () => {
    const english = await call('GET', 'circles/nowhere', 'farid');
    const dutch = await call('GET', 'circles/nowhere', 'farid', undefined, { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.5' });
    expect(english).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'circleId', message: 'There is no circle “nowhere”.' } },
    });
    expect(dutch).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'circleId', message: 'Er is geen kring “nowhere”.' } },
    });
  });

  it('names the field a schema refused and says in words what it needs, never the schema’s own message', async () => {
    const { status, body } = await call('POST', steps, 'amara', { ...rotaProposal, title: '' });
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: 'invalid-input', field: 'title', message: 'Write a title.' });
    const german = await call('POST', steps, 'amara', { ...rotaProposal, title: '' }, { 'accept-language': 'de' });
    expect(german.body.error).toEqual({ code: 'invalid-input', field: 'title', message: 'Schreib einen Titel.' });
  });

  it('writes the API’s own refusals in the reader’s language too', async () => {
    const { body } = await call('DELETE', 'circles', 'farid', undefined, { 'accept-language': 'fr' });
    expect(body.error.code).toBe('method-not-allowed');
    expect(body.error.message).toContain('n’accepte pas DELETE');
  });
});
