import type { ActivityFeed, ActivityNotice } from '../../functions/application/ports/activity-feed';
import type { Notifier } from '../../functions/application/ports/notifier';
import { selectionKind } from '../../functions/application/record-kinds';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { runRecordStep } from '../../functions/application/run-record-step';
import { notifierOf } from '../../functions/bot/notifier';
import { useApi } from '../support/api-host';
import { botClient, texts, titles } from '../support/bot-client';
import type { ConnectorCall } from '../support/connector-recorder';
import { useConnectorRecorder } from '../support/connector-recorder';
import { as } from '../support/people';

/**
 * Everyone told when it is their turn, through the real HTTP routes and the bot's
 * real adapter on Azurite, with the Bot Connector recorded: Northside's chat is bound
 * to the circle, and its proposals move through their stages from the tab's routes.
 */
const { call, api } = useApi();
const connector = useConnectorRecorder();
const { click } = botClient(api, connector);

const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
const names: Record<string, string> = {
  amara: 'Amara Okafor',
  dev: 'Dev Patel',
  farid: 'Farid Haddad',
  grace: 'Grace Lin',
  hana: 'Hana Sato',
};
const draft = {
  title: 'Weekend handover notes',
  text: 'Each weekend carer leaves a short handover note in the family’s folder.',
  driver: 'Monday carers start blind.',
  reviewDate: '2027-06-01',
};

/** What the bot sends to the Bot Connector while `work` runs. */
async function sentDuring(work: () => Promise<unknown>): Promise<ConnectorCall[]> {
  const from = connector().calls.length;
  await work();
  return connector().calls.slice(from);
}

async function proposalStep(proposalId: string, person: string, command: Record<string, unknown>) {
  const reply = await call('POST', `circles/northside/proposals/${proposalId}/steps`, person, { ...command, proposalId });
  if (reply.status !== 200) throw new Error(`${command.type} by ${person}: ${JSON.stringify(reply.body)}`);
  return reply;
}

/** A proposal of Dev's taken from a draft up to its quick reactions through the tab's route. */
async function toReactions(proposalId: string): Promise<void> {
  await proposalStep(proposalId, 'dev', { type: 'draft-proposal', ...draft });
  await proposalStep(proposalId, 'dev', { type: 'present-proposal' });
  await proposalStep(proposalId, 'hana', { type: 'open-clarifying-questions' });
  await proposalStep(proposalId, 'hana', { type: 'open-quick-reactions' });
}

const cardOf = (sent: ConnectorCall) => sent.activity.attachments?.[0]?.content;

/** A recording activity feed, standing where Microsoft Graph's would (helper G builds the real one). */
function recordingFeed(failing = false): ActivityFeed & { notices: ActivityNotice[] } {
  const notices: ActivityNotice[] = [];
  return {
    notices,
    async notify(_tenantId, sent) {
      if (failing) throw new Error('Graph answered 503');
      notices.push(...sent);
    },
  };
}

describe('everyone told when it is their turn (real Azurite, recorded Bot Connector)', () => {
  beforeAll(async () => {
    await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
  });

  it('posts the proposal’s card into the circle’s chat at its first stage change from the tab, then updates that message', async () => {
    await proposalStep('handover', 'dev', { type: 'draft-proposal', ...draft });
    const presented = await sentDuring(() => proposalStep('handover', 'dev', { type: 'present-proposal' }));
    expect(presented.map((sent) => [sent.method, sent.conversationId])).toEqual([['POST', 'northside-chat']]);
    expect(texts(cardOf(presented[0] as ConnectorCall))).toContain('Weekend handover notes');
    expect(titles(cardOf(presented[0] as ConnectorCall))).toEqual(['Show my view']);
    const postedId = `posted-${connector().calls.indexOf(presented[0] as ConnectorCall) + 1}`;
    const opened = await sentDuring(() => proposalStep('handover', 'hana', { type: 'open-clarifying-questions' }));
    expect(opened.map((sent) => [sent.method, sent.activityId])).toEqual([['PUT', postedId]]);
    expect(texts(cardOf(opened[0] as ConnectorCall))).toContain('clarifying');
  });

  it('shows a question on the card, and mentions no one for it', async () => {
    const asked = await sentDuring(() =>
      proposalStep('handover', 'farid', { type: 'ask-question', questionId: 'q1', text: 'Paper or the app?' }),
    );
    expect(asked.map((sent) => sent.method)).toEqual(['PUT']);
  });

  it('keeps a draft’s edits out of the chat: the draft is its author’s until presented', async () => {
    await proposalStep('notes-draft', 'dev', { type: 'draft-proposal', ...draft, title: 'Notes kept as a draft' });
    const edited = await sentDuring(() =>
      proposalStep('notes-draft', 'dev', {
        type: 'edit-draft',
        title: 'Notes kept as a draft',
        text: 'Shorter notes.',
        driver: draft.driver,
      }),
    );
    expect(edited).toEqual([]);
  });

  it('posts one message mentioning every member asked when the consent round opens', async () => {
    await proposalStep('handover', 'hana', { type: 'open-quick-reactions' });
    const opened = await sentDuring(() => proposalStep('handover', 'hana', { type: 'open-consent-round', options: { mode: 'async' } }));
    expect(opened.map((sent) => sent.method)).toEqual(['PUT', 'POST']);
    const message = (opened[1] as ConnectorCall).activity;
    // Dev has acted in the chat, so Teams' own user id is known for him; the others are mentioned by their Entra object id.
    expect(message.entities).toEqual(
      northsiders.map((personId) => ({
        type: 'mention',
        text: `<at>${names[personId]}</at>`,
        mentioned: { id: personId === 'dev' ? 'user-dev' : personId, name: names[personId] },
      })),
    );
    for (const personId of northsiders) expect(message.text).toContain(`<at>${names[personId]}</at>`);
    // A chat message cannot leave the time to each reader's client: it names the zone (UTC, as Northside has no meeting rhythm).
    expect(message.text).toMatch(
      /^The consent round on “Weekend handover notes” is open\. .*: your answer is awaited by [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M \(UTC\)\.$/,
    );
    expect(texts(cardOf(opened[0] as ConnectorCall))).toContain('0 of 5 have answered');
  });

  it('brings the card’s tally up to date with every answer given in the tab, counting everyone’s answers so far', async () => {
    await toReactions('tally');
    await proposalStep('tally', 'hana', { type: 'open-consent-round', options: { mode: 'async' } });
    await proposalStep('tally', 'amara', { type: 'answer', answer: { kind: 'consent' } });
    const answered = await sentDuring(() =>
      proposalStep('tally', 'grace', { type: 'answer', answer: { kind: 'stand-aside', text: 'Away that month.' } }),
    );
    expect(answered.map((sent) => sent.method)).toEqual(['PUT']);
    const card = texts(cardOf(answered[0] as ConnectorCall));
    expect(card).toContain('2 of 5 have answered');
    expect(card).toContain('Consent: Amara Okafor');
    expect(card).toContain('Stand aside: Grace Lin');
  });

  it('lets the facilitator remind those still to answer once a day, and refuses anyone else and a second time', async () => {
    await proposalStep('handover', 'amara', { type: 'answer', answer: { kind: 'consent' } });
    const refusedMember = await call('POST', 'circles/northside/proposals/handover/steps', 'dev', { type: 'remind-awaited' });
    expect(refusedMember).toEqual({
      status: 403,
      body: { error: { code: 'not-permitted', message: 'Only the facilitator reminds those still to answer.' } },
    });
    const reminded = await sentDuring(() => proposalStep('handover', 'hana', { type: 'remind-awaited' }));
    expect(reminded).toHaveLength(1);
    const message = (reminded[0] as ConnectorCall).activity;
    expect(message.entities.map((entity: any) => entity.mentioned.name)).toEqual(['Dev Patel', 'Farid Haddad', 'Grace Lin', 'Hana Sato']);
    expect(message.text).toMatch(
      /^A reminder from the facilitator: <at>Dev Patel<\/at>, <at>Farid Haddad<\/at>, <at>Grace Lin<\/at>, <at>Hana Sato<\/at>, your answer on “Weekend handover notes” is still awaited by /,
    );
    const again = await sentDuring(async () => {
      const second = await call('POST', 'circles/northside/proposals/handover/steps', 'hana', { type: 'remind-awaited' });
      expect(second).toEqual({
        status: 409,
        body: {
          error: {
            code: 'already-reminded',
            message:
              'Those still to answer were already reminded today; the facilitator reminds them at most once a day, so try again tomorrow.',
          },
        },
      });
    });
    expect(again).toEqual([]);
    const { body } = await call('GET', 'circles/northside/proposals/handover/history', 'hana');
    expect(body.history.filter((event: any) => event.type === 'awaited-reminded')).toEqual([
      expect.objectContaining({ by: 'hana', people: ['dev', 'farid', 'grace', 'hana'] }),
    ]);
  });

  it('takes the facilitator’s reminder again the next day', async () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    const { services } = api();
    const feed = recordingFeed();
    const sent = await sentDuring(async () => {
      const result = await runProposalStep(
        services.proposals,
        {
          tenantId: 'riverside-dev',
          circleId: 'northside',
          command: { type: 'remind-awaited', proposalId: 'handover' },
          actor: as('hana'),
          now: tomorrow,
        },
        { sources: services, tenantId: 'riverside-dev', now: tomorrow, notifier: notifierOf(services, feed) },
      );
      expect(result.ok).toBe(true);
    });
    expect(sent).toHaveLength(1);
    expect(feed.notices.map((notice) => [notice.personId, notice.activityType])).toEqual([
      ['dev', 'reminder'],
      ['farid', 'reminder'],
      ['grace', 'reminder'],
      ['hana', 'reminder'],
    ]);
  });

  it('sends one activity-feed notice to each person asked when a round opens, opening the proposal in the tab', async () => {
    await toReactions('night-notes');
    const { services } = api();
    const feed = recordingFeed();
    const now = services.now();
    const result = await runProposalStep(
      services.proposals,
      {
        tenantId: 'riverside-dev',
        circleId: 'northside',
        command: { type: 'open-consent-round', proposalId: 'night-notes' },
        actor: as('hana'),
        now,
      },
      { sources: services, tenantId: 'riverside-dev', now, notifier: notifierOf(services, feed) },
    );
    expect(result.ok).toBe(true);
    expect(feed.notices).toEqual(
      northsiders.map((personId) => ({
        personId,
        activityType: 'answerAwaited',
        previewText: 'Your answer is awaited on “Weekend handover notes”.',
        recordUrl: expect.stringMatching(/\?open=proposal%2Fnorthside%2Fnight-notes$/),
        templateParameters: { title: 'Weekend handover notes', circle: 'Northside care team' },
      })),
    );
  });

  it('keeps the step stored when telling people fails, and reports the failure', async () => {
    await toReactions('failing-notes');
    const { services } = api();
    const reported: string[] = [];
    const broken: Notifier = {
      stepStored: async () => Promise.reject(new Error('the Bot Connector is down')),
      remindAwaited: async () => undefined,
      roundKeptOpen: async () => undefined,
      minutesTaken: async () => undefined,
      meetingUnderWay: async () => undefined,
    };
    const now = services.now();
    const result = await runProposalStep(
      services.proposals,
      {
        tenantId: 'riverside-dev',
        circleId: 'northside',
        command: { type: 'open-consent-round', proposalId: 'failing-notes' },
        actor: as('hana'),
        now,
      },
      {
        sources: services,
        tenantId: 'riverside-dev',
        now,
        notifier: broken,
        report: (message, error) => reported.push(`${message}: ${(error as Error).message}`),
      },
    );
    expect(result.ok && result.value.proposal.status).toBe('consent-round');
    expect(reported).toEqual([
      'People could not be told of a step of proposal failing-notes in tenant riverside-dev; the step is stored: the Bot Connector is down',
    ]);
    const { body } = await call('GET', 'circles/northside/proposals/failing-notes', 'hana');
    expect(body.proposal.status).toBe('consent-round');
  });

  it('still updates the card in the chat when the activity feed fails', async () => {
    await toReactions('feed-down');
    const { services } = api();
    const reported: string[] = [];
    const now = services.now();
    const sent = await sentDuring(async () => {
      const result = await runProposalStep(
        services.proposals,
        {
          tenantId: 'riverside-dev',
          circleId: 'northside',
          command: { type: 'open-consent-round', proposalId: 'feed-down' },
          actor: as('hana'),
          now,
        },
        {
          sources: services,
          tenantId: 'riverside-dev',
          now,
          notifier: notifierOf(services, recordingFeed(true)),
          report: (message, error) => reported.push(`${message}: ${(error as Error).message}`),
        },
      );
      expect(result.ok).toBe(true);
    });
    expect(sent.map((call) => call.method)).toEqual(['PUT', 'POST']);
    expect(reported).toEqual([
      'People could not be told of a step of proposal feed-down in tenant riverside-dev; the step is stored: Graph answered 503',
    ]);
  });

  it('opens a role selection’s nominations with one message mentioning the selecting circle’s members', async () => {
    const sent = await sentDuring(async () => {
      const reply = await call('POST', 'circles/northside/selections/next-delegate/steps', 'dev', {
        type: 'start-selection',
        roleId: 'delegate',
      });
      expect(reply.status).toBe(200);
    });
    expect(sent.map((call) => call.method)).toEqual(['POST', 'POST']);
    expect(texts(cardOf(sent[0] as ConnectorCall))).toContain('Select: delegate of Northside care team');
    const message = (sent[1] as ConnectorCall).activity;
    expect(message.text).toMatch(/^Nominations are open for the delegate of Northside care team\. /);
    expect(message.entities.map((entity: any) => entity.mentioned.name).sort()).toEqual(
      northsiders.map((personId) => names[personId]).sort(),
    );
  });

  it('tells the candidate in their activity feed once everyone else has answered: the candidate answers last', async () => {
    const selectionStep = async (person: string, command: Record<string, unknown>) => {
      const reply = await call('POST', 'circles/northside/selections/next-delegate/steps', person, command);
      if (reply.status !== 200) throw new Error(`${command.type} by ${person}: ${JSON.stringify(reply.body)}`);
    };
    await selectionStep('farid', {
      type: 'nominate',
      nominee: 'dev',
      reason: 'Dev carries our questions to the hub and brings answers back.',
    });
    await selectionStep('hana', { type: 'close-nominations' });
    await selectionStep('hana', {
      type: 'propose-candidate',
      candidate: 'dev',
      reasoning: 'Farid named Dev for carrying questions both ways.',
      options: { mode: 'async' },
    });
    for (const person of ['amara', 'farid', 'grace']) await selectionStep(person, { type: 'answer', answer: { kind: 'consent' } });
    const { services } = api();
    const feed = recordingFeed();
    const now = services.now();
    const last = await runRecordStep(
      services.selections,
      selectionKind,
      {
        tenantId: 'riverside-dev',
        circleId: 'northside',
        id: 'next-delegate',
        command: { type: 'answer', selectionId: 'next-delegate', answer: { kind: 'consent' } },
        actor: as('hana'),
        now,
      },
      undefined,
      undefined,
      { sources: services, tenantId: 'riverside-dev', now, notifier: notifierOf(services, feed) },
    );
    expect(last.ok).toBe(true);
    expect(feed.notices.map((notice) => [notice.personId, notice.activityType, notice.previewText])).toEqual([
      ['dev', 'answerAwaited', 'Your answer is awaited on “delegate of Northside care team”.'],
    ]);
  });

  it('tells the facilitator, by mention and in their feed, of a round its policy keeps open past the deadline; and those still to answer when it closes soon', async () => {
    const { services } = api();
    const loaded = await services.proposals.load('riverside-dev', 'northside', 'handover');
    const proposal = services.proposals.proposalOf(loaded);
    if (!proposal || !loaded.circle) throw new Error('no handover proposal');
    const record = { kind: 'proposal' as const, circle: loaded.circle, proposal };
    const feed = recordingFeed();
    const notifier = notifierOf(services, feed);
    const now = services.now();
    const reason = 'Everyone must answer in this circle; still to answer: Grace Lin.';
    const said = { key: 'everyoneMustAnswer', values: { names: 'Grace Lin', more: 0 } } as const;
    const keptOpen = await sentDuring(() =>
      notifier.roundKeptOpen({ tenantId: 'riverside-dev', record, facilitator: 'hana', reason: said, now }),
    );
    expect(keptOpen).toHaveLength(1);
    const told = (keptOpen[0] as ConnectorCall).activity;
    expect(told.text).toBe(
      `The deadline of the consent round on “Weekend handover notes” has passed, and the circle’s policy keeps it open: ${reason} <at>Hana Sato</at>, it is yours to decide what follows.`,
    );
    expect(told.entities).toEqual([{ type: 'mention', text: '<at>Hana Sato</at>', mentioned: { id: 'hana', name: 'Hana Sato' } }]);
    const closing = await sentDuring(() =>
      notifier.remindAwaited({ tenantId: 'riverside-dev', record, people: ['grace'], why: 'closing-soon', now }),
    );
    expect((closing[0] as ConnectorCall).activity.text).toMatch(
      /^The consent round on “Weekend handover notes” closes soon, at .* \(UTC\)\. <at>Grace Lin<\/at>: your answer is still awaited\.$/,
    );
    expect(feed.notices.map((notice) => [notice.personId, notice.activityType])).toEqual([
      ['hana', 'roundKeptOpen'],
      ['grace', 'closingSoon'],
    ]);
  });

  it('posts nothing for a circle bound to no conversation, and the step is stored as ever', async () => {
    const sent = await sentDuring(async () => {
      expect(
        (await call('POST', 'circles/finance/proposals/quiet/steps', 'esi', { type: 'draft-proposal', proposalId: 'quiet', ...draft }))
          .status,
      ).toBe(200);
      expect(
        (await call('POST', 'circles/finance/proposals/quiet/steps', 'esi', { type: 'present-proposal', proposalId: 'quiet' })).status,
      ).toBe(200);
    });
    expect(sent).toEqual([]);
    const { body } = await call('GET', 'circles/finance/proposals/quiet', 'esi');
    expect(body.proposal.status).toBe('presented');
  });

  it('speaks Dutch in a conversation bound to its circle from a Dutch Teams client', async () => {
    const financeChat = botClient(api, connector, 'finance-chat');
    const bound = await financeChat.click('esi', 'bind-circle', { subject: 'conversation', circleId: 'finance' }, { locale: 'nl-NL' });
    expect(texts(bound)).toContain('Dit gesprek is de kring ‘Finance’.');
    const { services } = api();
    const loaded = await services.proposals.load('riverside-dev', 'finance', 'quiet');
    const proposal = services.proposals.proposalOf(loaded);
    if (!proposal || !loaded.circle) throw new Error('no quiet proposal');
    const record = { kind: 'proposal' as const, circle: loaded.circle, proposal };
    const sent = await sentDuring(() =>
      notifierOf(services, null).remindAwaited({
        tenantId: 'riverside-dev',
        record,
        people: ['esi'],
        why: 'closing-soon',
        now: services.now(),
      }),
    );
    expect((sent[0] as ConnectorCall).activity.text).toMatch(
      /^De consentronde over ‘Weekend handover notes’ sluit binnenkort\. <at>.*<\/at>: je antwoord wordt nog verwacht\.$/,
    );
  });
});
