import { createServer } from 'node:http';
import { KeysUnavailable, publishedKeys } from '../../functions/auth/openid-keys';
import { freePort } from '../support/azurite';
import { startBotChannel, type BotChannel } from '../support/bot-channel';

/** The signing keys behind an OpenID metadata document, against the channel's contract fake. */
let channel: BotChannel;
beforeAll(async () => {
  channel = await startBotChannel();
});
afterAll(async () => {
  await channel?.close();
});

const fetchedSince = (start: number) => channel.requests.slice(start).filter((path) => path.startsWith('/botframework/'));

describe('published signing keys', () => {
  it('finds a key by id with the channels it is endorsed for, and the algorithms the metadata names', async () => {
    const keys = publishedKeys(channel.channelMetadataUrl);
    expect(await keys.algorithms()).toEqual(['RS256']);
    expect(await keys.key('channel-key-teams')).toMatchObject({
      jwk: { kty: 'RSA', kid: 'channel-key-teams' },
      endorsements: ['msteams', 'skype'],
    });
  });

  it('reads the keys again for an unknown key id at most every five minutes, so made-up ids cannot make it fetch on every request', async () => {
    let clock = 0;
    const keys = publishedKeys(channel.channelMetadataUrl, () => clock);
    const start = channel.requests.length;
    expect(await keys.key('channel-key-teams')).toBeDefined();
    expect(await keys.key('rotated-in')).toBeUndefined();
    expect(await keys.key('rotated-in')).toBeUndefined();
    expect(fetchedSince(start)).toHaveLength(2);
    clock += 5 * 60 * 1000;
    expect(await keys.key('rotated-in')).toBeUndefined();
    expect(fetchedSince(start)).toHaveLength(4);
  });

  it('reads the keys again after a day, even when every key asked for is known', async () => {
    let clock = 0;
    const keys = publishedKeys(channel.channelMetadataUrl, () => clock);
    const start = channel.requests.length;
    await keys.key('channel-key-teams');
    clock += 24 * 60 * 60 * 1000;
    await keys.key('channel-key-teams');
    expect(fetchedSince(start)).toHaveLength(4);
  });

  it('keeps the keys it read while the issuer cannot be reached, and asks again only every five minutes', async () => {
    let down = false;
    const asked: string[] = [];
    const issuer = createServer((request, response) => {
      asked.push(request.url ?? '');
      if (down) return void response.writeHead(503).end();
      const body =
        request.url === '/keys'
          ? { keys: [{ kty: 'RSA', kid: 'k1', n: 'AQAB', e: 'AQAB' }] }
          : { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    const address = issuer.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      let clock = 0;
      const keys = publishedKeys(`${base}/metadata`, () => clock);
      expect(await keys.key('k1')).toBeDefined();
      expect(asked).toHaveLength(2);
      down = true;
      clock += 24 * 60 * 60 * 1000;
      expect(await keys.key('k1')).toBeDefined();
      expect(await keys.key('made-up')).toBeUndefined();
      expect(await keys.algorithms()).toEqual(['RS256']);
      expect(asked).toHaveLength(3);
      clock += 5 * 60 * 1000;
      expect(await keys.key('made-up')).toBeUndefined();
      expect(await keys.key('k1')).toBeDefined();
      expect(asked).toHaveLength(4);
      down = false;
      clock += 5 * 60 * 1000;
      expect(await keys.key('k1')).toBeDefined();
      expect(asked).toHaveLength(6);
      expect(await keys.key('k1')).toBeDefined();
      expect(asked).toHaveLength(6);
    } finally {
      await new Promise<void>((resolve) => {
        issuer.close(() => resolve());
        issuer.closeAllConnections();
      });
    }
  });

  it('says the keys are unavailable when the metadata cannot be read, and tries again on the next request', async () => {
    const keys = publishedKeys(`http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`);
    await expect(keys.key('channel-key-teams')).rejects.toBeInstanceOf(KeysUnavailable);
    await expect(keys.key('channel-key-teams')).rejects.toBeInstanceOf(KeysUnavailable);
  });
});
