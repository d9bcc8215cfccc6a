import { useApi } from '../support/api-host';
import { useConnectorRecorder } from '../support/connector-recorder';
import { botClient, dataOf, texts } from '../support/bot-client';

/**
 * The cards tell the person who acted what the double-link and power-balance rules
 * say of their step, through the bot's real endpoint on a real Azurite.
 */
const { api } = useApi();

const connector = useConnectorRecorder();

/** The warning containers of a card, as the texts each holds. */
const warningTexts = (card: any): string[] =>
  (card.body as any[])
    .filter((element) => element.type === 'Container' && element.style === 'warning')
    .flatMap((element) => element.items.map((item: any) => item.text));

describe('double-link rule at the moment of action, on the cards', () => {
  it('a circle created from the chat tells its creator it has no facilitator yet', async () => {
    const kitchen = botClient(api, connector, 'kitchen-chat');
    const created = await kitchen.click('ben', 'create-circle', {
      subject: 'conversation',
      name: 'Kitchen',
      aim: 'Good food for the office',
      parentId: 'hub',
    });
    expect(texts(created)).toContain('This conversation is the circle “Kitchen”.');
    expect(warningTexts(created)).toEqual([
      '“Kitchen” has no facilitator yet; until it selects one, each author facilitates their own proposal.',
    ]);
  });

  it('a selection that records a delegate who is not in the parent circle says so on the card of the facilitator who closed it', async () => {
    const { say, click } = botClient(api, connector);
    await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
    const [form] = await say('dev', 'select');
    const started = await click('dev', 'start-selection', { ...dataOf(form, 'Start the selection'), roleId: 'delegate' });
    const selection = dataOf(started, 'Send nomination');
    delete selection.step;
    const step = (name: string, extra: Record<string, unknown> = {}) => ({ ...selection, step: name, ...extra });
    for (const person of ['amara', 'dev', 'farid', 'grace', 'hana']) {
      await click(
        person,
        'selection-step',
        step('nominate', { nominee: 'grace', reason: 'Grace brings the voice of the people we support.' }),
      );
    }
    await click('hana', 'selection-step', step('close-nominations'));
    await click(
      'hana',
      'selection-step',
      step('propose-candidate', { candidate: 'grace', reasoning: 'Everyone named Grace for first-hand voice.', mode: 'sync' }),
    );
    for (const person of ['amara', 'dev', 'farid', 'hana']) {
      const answered = await click(person, 'selection-step', { ...step('answer', { kind: 'consent' }), revision: 1 });
      expect(warningTexts(answered)).toEqual([]);
    }
    await click('grace', 'selection-step', { ...step('answer', { kind: 'consent' }), revision: 1 });
    const recorded = await click('hana', 'selection-step', {
      ...step('close-consent-round', { present: 'amara,dev,farid,grace,hana' }),
      revision: 1,
    });
    expect(texts(recorded)).toMatch(/Grace Lin is delegate of Northside care team/);
    expect(warningTexts(recorded)).toEqual([
      'Grace Lin, the delegate of “Northside care team”, is not a member of “Riverside Care Co-op”; a delegate takes part in the parent circle, so add them there or choose another delegate.',
    ]);
  });
});
