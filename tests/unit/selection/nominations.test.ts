import type { SelectionState } from '../../../shared';
import { nominationCounts, selectionDecider, visibleNominations } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { as, system } from '../../support/people';
import { changed } from '../../support/review-decisions';
import { nominateAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const nominate = (nominee: string, reason = 'Knows the hub well.') => ({ type: 'nominate', selectionId: id, nominee, reason });
const close = { type: 'close-nominations', selectionId: id };
const northsideMembers = ['amara', 'dev', 'farid', 'grace', 'hana'];

describe('nominations stay hidden until the round closes', () => {
  const nominated = nominateAll(selectionAt(coop, northsideDelegate, 'nominations'), northsideDelegate);

  it('shows each member only their own nomination while the round is open, and no counts', () => {
    const selection = selectionOf(nominated);
    for (const viewer of northsideMembers) {
      const [nominee, reason] = northsideDelegate.nominations[viewer] ?? ['', ''];
      expect(visibleNominations(selection, viewer)).toEqual([{ nominator: viewer, nominee, reason, at: now }]);
    }
    expect(visibleNominations(selection, 'ben')).toEqual([]);
    expect(nominationCounts(selection)).toEqual({});
  });

  it('shows every nomination with its reason to everyone once the facilitator closes the round', () => {
    const revealed = selectionOf(step(selectionDecider, nominated, close, as('hana'), daysFromNow(1)));
    expect(revealed).toMatchObject({ status: 'change-round', revealedAt: daysFromNow(1) });
    for (const viewer of [...northsideMembers, 'ben']) {
      const visible = visibleNominations(revealed, viewer);
      expect(visible).toHaveLength(5);
      expect(visible).toEqual(
        expect.arrayContaining(
          Object.entries(northsideDelegate.nominations).map(([nominator, [nominee, reason]]) => ({ nominator, nominee, reason, at: now })),
        ),
      );
    }
  });

  it('closes the round only by the facilitator, not by whoever started the selection, another member or the timer', () => {
    for (const actor of [as('dev'), as('amara'), system]) {
      expect(refusal(selectionDecider, nominated, close, actor)).toMatchObject({ code: 'not-permitted' });
    }
  });

  it('does not close a round in which no one has nominated anyone', () => {
    expect(refusal(selectionDecider, selectionAt(coop, northsideDelegate, 'nominations'), close, as('hana'))).toMatchObject({
      code: 'answers-missing',
    });
  });

  it('closes only once', () => {
    const revealed = step(selectionDecider, nominated, close, as('hana'));
    expect(refusal(selectionDecider, revealed, close, as('hana'))).toMatchObject({ code: 'wrong-stage' });
  });

  it('never reveals the nominations of a selection withdrawn before the round closed', () => {
    const withdrawn = selectionOf(
      step(
        selectionDecider,
        nominated,
        { type: 'withdraw-selection', selectionId: id, reason: 'The delegate role is merged into the leader’s for now.' },
        as('hana'),
      ),
    );
    expect(withdrawn.status).toBe('withdrawn');
    for (const viewer of [...northsideMembers, 'ben']) {
      expect(visibleNominations(withdrawn, viewer).filter((n) => n.nominator !== viewer)).toEqual([]);
    }
    expect(nominationCounts(withdrawn)).toEqual({});
  });

  it('keeps revealed nominations visible when a selection is withdrawn after the round closed', () => {
    const revealed = step(selectionDecider, nominated, close, as('hana'));
    const withdrawn = selectionOf(
      step(selectionDecider, revealed, { type: 'withdraw-selection', selectionId: id, reason: 'Postponed to the spring.' }, as('hana')),
    );
    expect(visibleNominations(withdrawn, 'ben')).toHaveLength(5);
    expect(nominationCounts(withdrawn)).toEqual({ dev: 3, grace: 2 });
  });
});

describe('nominating: one nomination per member, with a reason, of a member of the selecting circle', () => {
  const open = selectionAt(coop, northsideDelegate, 'nominations');

  it('records the nominator as the actor, the nominee and the trimmed reason', () => {
    const state = step(
      selectionDecider,
      open,
      nominate('grace', '  Grace speaks for the people we support.  '),
      as('farid'),
      daysFromNow(2),
    );
    expect(selectionOf(state).nominations).toEqual({
      farid: { nominator: 'farid', nominee: 'grace', reason: 'Grace speaks for the people we support.', at: daysFromNow(2) },
    });
  });

  it('keeps only a member’s latest nomination', () => {
    let state: SelectionState = step(selectionDecider, open, nominate('grace'), as('farid'));
    state = step(selectionDecider, state, nominate('hana', 'Hana already runs our meetings calmly.'), as('farid'), daysFromNow(1));
    expect(selectionOf(state).nominations).toEqual({
      farid: { nominator: 'farid', nominee: 'hana', reason: 'Hana already runs our meetings calmly.', at: daysFromNow(1) },
    });
  });

  it('allows a member to nominate themself', () => {
    const state = step(
      selectionDecider,
      open,
      nominate('grace', 'I would like to try: I can tell the hub what support feels like.'),
      as('grace'),
    );
    expect(selectionOf(state).nominations.grace?.nominee).toBe('grace');
  });

  it.each([
    [{ reason: '' }, 'reason'],
    [{ reason: '   ' }, 'reason'],
    [{ reason: undefined }, 'reason'],
    [{ reason: 'x'.repeat(2001) }, 'reason'],
    [{ nominee: '' }, 'nominee'],
    [{ nominee: 42 }, 'nominee'],
    [{ selectionId: '' }, 'selectionId'],
  ])('refuses a nomination with %j as invalid input on %s', (change, field) => {
    expect(refusal(selectionDecider, open, { ...nominate('dev'), ...change }, as('amara'))).toMatchObject({ code: 'invalid-input', field });
  });

  it('refuses a nominee who is not a member of the selecting circle', () => {
    expect(refusal(selectionDecider, open, nominate('esi'), as('amara'))).toMatchObject({ code: 'not-a-member', field: 'nominee' });
    expect(refusal(selectionDecider, open, nominate('someone-else'), as('amara'))).toMatchObject({
      code: 'not-a-member',
      field: 'nominee',
    });
  });

  it('refuses nominations from outside the selecting circle and from the timer', () => {
    expect(refusal(selectionDecider, open, nominate('dev'), as('esi'))).toMatchObject({ code: 'not-a-member' });
    expect(refusal(selectionDecider, open, nominate('dev'), system)).toMatchObject({ code: 'not-a-member' });
  });

  it('refuses steps for another selection, or before any selection started', () => {
    expect(refusal(selectionDecider, open, { ...nominate('dev'), selectionId: 'hub-facilitator-2027' }, as('amara'))).toMatchObject({
      code: 'not-found',
      field: 'selectionId',
    });
    expect(refusal(selectionDecider, { structure: coop, selection: null }, nominate('dev'), as('amara'))).toMatchObject({
      code: 'not-found',
      field: 'selectionId',
    });
  });

  it('refuses every step once the selecting circle is archived', () => {
    const archived = { ...open, structure: changed(coop, [{ type: 'archive-circle', circleId: 'northside' }]) };
    expect(refusal(selectionDecider, archived, nominate('dev'), as('amara'))).toMatchObject({ code: 'circle-archived' });
  });

  it('is led by whoever started the selection while the circle has no facilitator', () => {
    const withoutFacilitator = changed(coop, [{ type: 'remove-member', circleId: 'northside', personId: 'hana' }]);
    let state = selectionAt(
      withoutFacilitator,
      { ...northsideDelegate, nominations: { amara: ['dev', 'Dev knows the hub.'] } },
      'nominations',
    );
    state = step(selectionDecider, state, nominate('dev'), as('amara'));
    expect(refusal(selectionDecider, state, close, as('amara'))).toMatchObject({ code: 'not-permitted' });
    expect(selectionOf(step(selectionDecider, state, close, as('dev'))).status).toBe('change-round');
  });
});
