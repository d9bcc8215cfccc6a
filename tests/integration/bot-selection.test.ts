import { useApi } from '../support/api-host';
import { useConnectorRecorder } from '../support/connector-recorder';
import { botClient, dataOf, texts, titles } from '../support/bot-client';

/**
 * Role selection by consent in the chat, through the bot's real endpoint (the Agents
 * SDK adapter, anonymous in dev mode) on a real Azurite: Northside selects its next
 * delegate, facilitated by Hana.
 */
const { call, api } = useApi();

const connector = useConnectorRecorder();
const { say, click } = botClient(api, connector);

let selection: Record<string, unknown>;
const step = (name: string, extra: Record<string, unknown> = {}) => ({ ...selection, step: name, ...extra });

describe('role selection in the chat (Agents SDK adapter, real Azurite)', () => {
  it('starts a selection from the select form of the bound circle', async () => {
    await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
    const [form] = await say('dev', 'select');
    expect(texts(form)).toContain('Circle: Northside care team');
    const roles = form.body.find((e: any) => e.id === 'roleId').choices.map((c: any) => c.value);
    expect(roles).toEqual(['leader', 'delegate', 'facilitator', 'secretary']);
    const started = await click('dev', 'start-selection', { ...dataOf(form, 'Start the selection'), roleId: 'delegate' });
    expect(texts(started)).toContain('Select: delegate of Northside care team');
    expect(titles(started)).toContain('Nominate');
    selection = dataOf(started, 'Send nomination');
    delete selection.step;
  });

  it('keeps each nomination hidden from everyone but its nominator until it is revealed', async () => {
    const farid = await click(
      'farid',
      'selection-step',
      step('nominate', { nominee: 'dev', reason: 'Dev carries our questions to the hub and brings answers back.' }),
    );
    expect(texts(farid)).toContain('You nominated Dev Patel');
    await click('grace', 'selection-step', step('nominate', { nominee: 'grace', reason: 'I would like the hub to hear us first-hand.' }));
    const amara = await click('amara', 'show-selection', selection);
    expect(texts(amara)).not.toContain('carries our questions');
    expect(texts(amara)).toContain('Nominations stay hidden');
    const hana = await click('hana', 'show-selection', selection);
    expect(texts(hana)).not.toContain('first-hand');
    expect(titles(hana)).toContain('Reveal the nominations');
  });

  it('reveals the nominations with their reasons, then takes the facilitator’s proposal', async () => {
    expect(texts(await click('farid', 'selection-step', step('close-nominations')))).toContain('Only the facilitator');
    const revealed = await click('hana', 'selection-step', step('close-nominations'));
    expect(texts(revealed)).toContain('**Farid Haddad** names **Dev Patel**: Dev carries our questions');
    expect(texts(revealed)).toContain('**Grace Lin** names **Grace Lin**');
    const proposed = await click(
      'hana',
      'selection-step',
      step('propose-candidate', {
        candidate: 'dev',
        reasoning: 'Farid named Dev for carrying questions both ways; Dev can ask Grace before each hub meeting.',
        mode: 'sync',
      }),
    );
    expect(texts(proposed)).toContain('Consent round on Dev Patel');
    selection = { ...selection, revision: 1 };
  });

  it('asks the candidate last: no answer buttons for them until someone else has answered', async () => {
    const candidate = await click('dev', 'show-selection', selection);
    expect(texts(candidate)).toContain('You are the candidate: you answer last');
    expect(titles(candidate)).not.toContain('Consent');
    const early = await click('dev', 'selection-step', step('answer', { kind: 'consent' }));
    expect(texts(early)).toContain('The candidate answers last');
  });

  it('refuses a click on an earlier proposal’s card', async () => {
    const stale = await click('farid', 'selection-step', { ...step('answer', { kind: 'consent' }), revision: 0 });
    expect(texts(stale)).toContain('This card showed an earlier proposal');
  });

  it('records the term in the circle once those present consent, the candidate last', async () => {
    for (const person of ['amara', 'farid', 'grace', 'hana']) {
      expect(texts(await click(person, 'selection-step', step('answer', { kind: 'consent' })))).toContain('Your answer: consent.');
    }
    const candidate = await click('dev', 'selection-step', step('answer', { kind: 'consent' }));
    expect(texts(candidate)).toContain('Your answer: consent.');
    const recorded = await click('hana', 'selection-step', step('close-consent-round', { present: 'amara,dev,farid,grace,hana' }));
    expect(texts(recorded)).toMatch(
      /Dev Patel is delegate of Northside care team from \w{3} \d{1,2}, \d{4} to \w{3} \d{1,2}, \d{4}, selected by consent/,
    );
    const { body } = await call('GET', 'circles/northside', 'dev');
    const northside = body.circle;
    expect(northside.assignments.find((a: { assignmentId: string }) => a.assignmentId === selection.selectionId)).toMatchObject({
      roleId: 'delegate',
      personId: 'dev',
    });
  });

  it('shows a selection under way only to the circles it concerns', async () => {
    const [form] = await say('dev', 'select');
    const started = await click('dev', 'start-selection', { ...dataOf(form, 'Start the selection'), roleId: 'facilitator' });
    const ref = dataOf(started, 'Send nomination');
    const outsider = await click('ben', 'show-selection', ref);
    expect(texts(outsider)).toContain('A role selection under way is read by members of “Northside care team”');
    expect(texts(await click('ben', 'selection-step', { ...ref, step: 'nominate', nominee: 'ben', reason: 'Me!' }))).toContain(
      'read by members',
    );
  });

  it('lists in status what the viewer still owes in the circle: a nomination', async () => {
    const [status] = await say('amara', 'status');
    expect(texts(status)).toContain('**Nominations** · Facilitator of Northside care team — Northside care team');
    expect(texts(status)).toContain('Name who you see in this role and why; nominations stay hidden until they are revealed.');
  });
});
