import { runProposalStep } from '../../functions/application/run-proposal-step';
import type { RoundTrips } from '../../functions/storage/table-storage';
import { useApi } from '../support/api-host';
import { northsideConsentSteps } from '../support/adopted-decision';
import { wordsOf } from '../support/refusal-words';

/**
 * What closing a consent round costs in storage requests over HTTP, on a real
 * Azurite: the closing fence, the adoption with its logbook, health and inbox rows,
 * then the reminders and the calendar it moved. Counts, never times.
 */
const roundTrips: RoundTrips = { count: 0, sent: [] };
const { call, api } = useApi({ roundTrips });
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];

/** Each request `work` sends, by method and what it addresses (a table's rows, a transaction). */
async function requestsOf(work: () => Promise<unknown>): Promise<string[]> {
  const from = roundTrips.sent?.length ?? 0;
  await work();
  return (roundTrips.sent ?? []).slice(from).map((request) => request.replace(/^(\w+) https?:\/\/[^/]+\/[^/]+\//, '$1 '));
}

/** Dev's proposal in Northside taken to its consent round in a meeting, everyone having consented. */
async function roundToClose(proposalId: string): Promise<void> {
  const draft = {
    title: 'Handover notes at weekends',
    text: 'Each weekend carer leaves a short handover note.',
    driver: 'Weekend carers start blind.',
    reviewDate: '2027-06-01',
  };
  const steps = northsideConsentSteps(draft, { closed: false });
  for (const [command, person] of steps) {
    const { status, body } = await call('POST', `circles/northside/proposals/${proposalId}/steps`, person, { ...command, proposalId });
    if (status !== 200) throw new Error(JSON.stringify(body));
  }
}

describe('closing a consent round over HTTP (real Azurite)', () => {
  it('adopts the proposal in the storage requests listed', async () => {
    // The first change of the tenant's calendars keeps them by circle; the one measured finds them so.
    for (const proposalId of ['night-notes', 'handover-notes']) await roundToClose(proposalId);
    const close = (proposalId: string) =>
      call('POST', `circles/northside/proposals/${proposalId}/steps`, 'hana', {
        type: 'close-consent-round',
        proposalId,
        present: northsiders,
      });
    expect((await close('night-notes')).status).toBe(200);

    const sent = await requestsOf(async () => {
      const { status, body } = await close('handover-notes');
      expect([status, body.proposal?.status]).toEqual([200, 'adopted']);
    });

    // The step (was 9: the proposal read three times, the mark a write of its own):
    //   the circle and the proposal's rows (one query); the mark with the fence of every
    //   member row (one transaction); the health tally, the proposal's health rows and its
    //   open-proposal copies (at once); the adoption with its event, logbook, health and inbox rows.
    // What it moved (was 19, the calendar's marker read on every change):
    //   the reminders' circle marked, the circle's calendar read, the tenant's and the
    //   circle's calendar marks; the decision's review (marker, notices, its row, its held
    //   marker) and, for the calendar, the circle, the marker and notices again, its reviews
    //   and held reviews, the lists' marker and its meetings; the index's two days (at once),
    //   the calendar written, the reminders' mark cleared.
    expect(sent.filter((request) => request.includes("RowKey ge 'proposal|handover-notes|'"))).toHaveLength(1);
    expect(sent.filter((request) => request.includes('kept|by-circle'))).toEqual([]);
    expect(sent).toHaveLength(6 + 19);
  });

  it('a close decided on a read older than an answer fences nothing, and decides again with that answer', async () => {
    await roundToClose('late-objection');
    const { proposals, actorOf, now } = api().services;
    const read = await proposals.load('riverside-dev', 'northside', 'late-objection');
    const objection = {
      type: 'answer',
      proposalId: 'late-objection',
      answer: { kind: 'object', text: 'Night carers would have to stay late to write it.' },
    };
    expect((await call('POST', 'circles/northside/proposals/late-objection/steps', 'grace', objection)).status).toBe(200);

    const command = { type: 'close-consent-round', proposalId: 'late-objection', present: northsiders };
    const closed = await runProposalStep(proposals, {
      tenantId: 'riverside-dev',
      circleId: 'northside',
      command,
      actor: actorOf('riverside-dev', 'hana'),
      now: now(),
      loaded: read,
    });

    if (!closed.ok) throw new Error(wordsOf(closed.error));
    expect(closed.value.proposal.status).toBe('integration');
    const { body } = await call('GET', 'circles/northside/proposals/late-objection', 'dev');
    expect(body.proposal.objections).toEqual([
      expect.objectContaining({ objector: 'grace', status: 'open', reason: 'Night carers would have to stay late to write it.' }),
    ]);
  });
});
