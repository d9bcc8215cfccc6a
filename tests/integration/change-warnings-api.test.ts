import type { ChangeWarning } from '../../shared';
import { textsFor } from '../../texts/all';
import { careCoop } from '../support/care-coop';
import { useApi } from '../support/api-host';

/**
 * The double-link and power-balance warnings come back with the step that caused
 * them, over HTTP on a real Azurite; the step is taken all the same.
 */
const { call, api } = useApi();

/** The day the API's own clock says it is (it reads the real clock). */
const today = () => api().services.now().slice(0, 10);

beforeEach(async () => {
  const { structures } = api().services;
  expect(await structures.save(await structures.load('riverside-dev'), careCoop())).toBe(true);
});

const structureStep = (body: object, as = 'admin') => call('POST', 'structure/commands', as, body);
const warningsOf = (reply: { body: Record<string, any> }) =>
  (reply.body.warnings as { code: string; circleId: string; personId?: string }[]).map(
    (w) => `${w.code}:${w.circleId}:${w.personId ?? ''}`,
  );

/** A warning as an English reader reads it: the API sends the core's words, each client writes them in its reader's language. */
const english = (warning: Pick<ChangeWarning, 'said'>) => textsFor('en').say('core', warning.said);

describe('double-link rule at the moment of action, in the API’s replies', () => {
  it('recording the leader as delegate too is taken and answered with a leader-is-delegate warning', async () => {
    const reply = await structureStep({
      type: 'assign-role',
      circleId: 'northside',
      assignmentId: 'amara-delegate',
      roleId: 'delegate',
      personId: 'amara',
      termStart: today(),
    });
    expect(reply.status).toBe(200);
    expect(reply.body.events.map((e: { type: string }) => e.type)).toEqual(['term-ended', 'role-assigned']);
    expect(warningsOf(reply)).toEqual(['leader-is-delegate:northside:amara']);
    expect(reply.body.warnings[0].said).toEqual({
      key: 'warnLeaderIsDelegate',
      values: { person: 'Amara Okafor', circle: 'Northside care team' },
    });
    expect(english(reply.body.warnings[0])).toContain('Amara Okafor is both leader and delegate of “Northside care team”');
  });

  it('power balance: a fourth role over the limit of three is taken and answered with an over-role-limit warning', async () => {
    expect(
      (await structureStep({ type: 'add-member', circleId: 'northside', member: { personId: 'chloe', displayName: 'Chloé Martin' } })).body
        .warnings,
    ).toEqual([]);
    const third = await structureStep({
      type: 'assign-role',
      circleId: 'northside',
      assignmentId: 'chloe-secretary',
      roleId: 'secretary',
      personId: 'chloe',
      termStart: today(),
    });
    expect(third.body.warnings).toEqual([]);
    const fourth = await structureStep({
      type: 'assign-role',
      circleId: 'hub',
      assignmentId: 'chloe-hub-secretary',
      roleId: 'secretary',
      personId: 'chloe',
      termStart: today(),
    });
    expect(fourth.status).toBe(200);
    expect(warningsOf(fourth)).toEqual(['over-role-limit:hub:chloe']);
    expect(english(fourth.body.warnings[0])).toContain('Chloé Martin holds 4 roles, more than the organisation’s limit of 3');
  });

  it('ending the facilitator’s term, and creating a circle, are answered with a no-facilitator warning', async () => {
    const ended = await structureStep(
      { type: 'end-term', circleId: 'northside', assignmentId: 'northside-facilitator', lastDay: today() },
      'dev',
    );
    expect(ended.status).toBe(200);
    expect(warningsOf(ended)).toEqual(['no-facilitator:northside:']);
    const created = await structureStep({
      type: 'create-circle',
      circleId: 'garden',
      name: 'Garden',
      aim: 'Grow food',
      domain: 'The beds',
      parentId: 'hub',
    });
    expect(warningsOf(created)).toEqual(['no-facilitator:garden:']);
    expect(english(created.body.warnings[0])).toBe(
      '“Garden” has no facilitator yet; until it selects one, each author facilitates their own proposal.',
    );
  });

  it('a role selection that records a delegate who is not in the parent circle answers with a delegate-not-in-parent warning', async () => {
    const selection = 'circles/northside/selections/northside-delegate-grace';
    const step = async (as: string, body: object) => {
      const reply = await call('POST', `${selection}/steps`, as, body);
      expect(reply.status).toBe(200);
      return reply;
    };
    await step('dev', { type: 'start-selection', roleId: 'delegate', termStart: '2027-01-01' });
    for (const nominator of ['amara', 'dev', 'farid', 'grace', 'hana'])
      await step(nominator, { type: 'nominate', nominee: 'grace', reason: 'Grace brings the voice of the people we support.' });
    await step('hana', { type: 'close-nominations' });
    await step('hana', { type: 'propose-candidate', candidate: 'grace', reasoning: 'Everyone named Grace for first-hand voice.' });
    for (const member of ['amara', 'dev', 'farid', 'hana'])
      expect((await step(member, { type: 'answer', answer: { kind: 'consent' } })).body.warnings).toEqual([]);
    await step('grace', { type: 'answer', answer: { kind: 'consent' } });
    const closed = await step('hana', { type: 'close-consent-round' });
    expect(closed.body.events.map((e: { type: string }) => e.type)).toContain('role-holder-selected');
    expect(warningsOf(closed)).toEqual(['delegate-not-in-parent:northside:grace']);
    expect(english(closed.body.warnings[0])).toContain(
      'Grace Lin, the delegate of “Northside care team”, is not a member of “Riverside Care Co-op”',
    );
  });

  it('the OpenAPI description gives the warnings’ shape in both replies', async () => {
    const document = (await (await fetch(`${api().url}/openapi.json`)).json()) as Record<string, any>;
    for (const path of ['/api/structure/commands', '/api/circles/{circleId}/selections/{selectionId}/steps']) {
      const schema = document.paths[path].post.responses['200'].content['application/json'].schema;
      expect(schema.properties.warnings.items.properties.code.enum).toEqual([
        'leader-is-delegate',
        'delegate-not-in-parent',
        'over-role-limit',
        'no-facilitator',
      ]);
      expect(schema.properties.warnings.items.required).toEqual(['code', 'circleId', 'said']);
      expect(schema.properties.warnings.items.properties.said.properties.key.enum).toContain('warnLeaderIsDelegate');
    }
  });
});
