import { addDays, addMonths, selectionDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, today } from '../../support/clock';
import { admin, as, system } from '../../support/people';
import { changed } from '../../support/review-decisions';
import { northsideDelegate, northsideLeader, selectionAt, selectionOf, startCommand } from '../../support/selection-flow';

const coop = careCoop();
const fresh = { structure: coop, selection: null };
const start = (fields: object) => ({ type: 'start-selection', selectionId: 'sel-1', ...fields });

describe('the leader is chosen by the parent circle', () => {
  it('holds a Northside leader selection in the hub, for the Northside role', () => {
    const selection = selectionOf(selectionAt(coop, northsideLeader, 'nominations'));
    expect(selection).toMatchObject({
      circleId: 'northside',
      selectingCircleId: 'hub',
      roleId: 'leader',
      status: 'nominations',
      startedBy: 'ben',
    });
  });

  it('is started by a member of the parent, not by a Northside member who is not in the hub', () => {
    expect(refusal(selectionDecider, fresh, startCommand(northsideLeader), as('hana'))).toMatchObject({ code: 'not-a-member' });
    expect(refusal(selectionDecider, fresh, startCommand(northsideLeader), system)).toMatchObject({ code: 'not-a-member' });
  });

  it('is led by the hub’s facilitator, not Northside’s', () => {
    const state = selectionAt(coop, northsideLeader, 'nominations');
    const withOne = step(
      selectionDecider,
      state,
      { type: 'nominate', selectionId: northsideLeader.selectionId, nominee: 'amara', reason: 'Knows the families.' },
      as('ben'),
    );
    const close = { type: 'close-nominations', selectionId: northsideLeader.selectionId };
    expect(refusal(selectionDecider, withOne, close, as('amara'))).toMatchObject({ code: 'not-permitted' });
    expect(selectionOf(step(selectionDecider, withOne, close, as('chloe'))).status).toBe('change-round');
  });

  it('takes nominations from the hub: a hub member who is not in Northside may be named, a Northside-only member may not', () => {
    const state = selectionAt(coop, northsideLeader, 'nominations');
    const nominate = (nominee: string) => ({
      type: 'nominate',
      selectionId: northsideLeader.selectionId,
      nominee,
      reason: 'Has the time this year.',
    });
    expect(selectionOf(step(selectionDecider, state, nominate('ben'), as('esi'))).nominations.esi?.nominee).toBe('ben');
    expect(refusal(selectionDecider, state, nominate('farid'), as('esi'))).toMatchObject({ code: 'not-a-member', field: 'nominee' });
    expect(refusal(selectionDecider, state, nominate('amara'), as('hana'))).toMatchObject({ code: 'not-a-member' });
  });

  it('cannot be held for the general circle, which has no parent to choose its leader', () => {
    expect(refusal(selectionDecider, fresh, start({ circleId: 'hub', roleId: 'leader' }), as('chloe'))).toMatchObject({
      code: 'role-unknown',
      field: 'roleId',
    });
  });

  it('is refused when the parent circle is missing from the records', () => {
    const { hub: _hub, ...withoutHub } = coop.circles;
    const orphaned = { structure: { ...coop, circles: withoutHub }, selection: null };
    expect(refusal(selectionDecider, orphaned, startCommand(northsideLeader), as('amara'))).toMatchObject({
      code: 'not-found',
      field: 'circleId',
    });
  });
});

describe('the delegate is chosen by the circle itself', () => {
  it('holds a Northside delegate selection in Northside', () => {
    const selection = selectionOf(selectionAt(coop, northsideDelegate, 'nominations'));
    expect(selection).toMatchObject({ circleId: 'northside', selectingCircleId: 'northside', roleId: 'delegate' });
  });

  it('is started and nominated by Northside members only: a hub member outside Northside may not take part', () => {
    expect(refusal(selectionDecider, fresh, startCommand(northsideDelegate), as('ben'))).toMatchObject({ code: 'not-a-member' });
    const state = selectionAt(coop, northsideDelegate, 'nominations');
    const nominate = (nominee: string) => ({
      type: 'nominate',
      selectionId: northsideDelegate.selectionId,
      nominee,
      reason: 'Good with the hub.',
    });
    expect(refusal(selectionDecider, state, nominate('dev'), as('ben'))).toMatchObject({ code: 'not-a-member' });
    expect(refusal(selectionDecider, state, nominate('chloe'), as('amara'))).toMatchObject({ code: 'not-a-member', field: 'nominee' });
  });

  it.each(['delegate', 'facilitator', 'secretary', 'rota-keeper'])('the %s of Northside is chosen in Northside itself', (roleId) => {
    const structure = changed(coop, [{ type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } }]);
    const state = step(selectionDecider, { structure, selection: null }, start({ circleId: 'northside', roleId }), as('grace'));
    expect(selectionOf(state).selectingCircleId).toBe('northside');
  });

  it('cannot be held for the general circle, which has no parent to represent it in', () => {
    expect(refusal(selectionDecider, fresh, start({ circleId: 'hub', roleId: 'delegate' }), as('chloe'))).toMatchObject({
      code: 'role-unknown',
      field: 'roleId',
    });
  });

  it('holds the general circle’s own roles in the general circle', () => {
    const state = step(selectionDecider, fresh, start({ circleId: 'hub', roleId: 'facilitator' }), as('esi'));
    expect(selectionOf(state)).toMatchObject({ circleId: 'hub', selectingCircleId: 'hub' });
  });
});

describe('role and term', () => {
  it('names the role with its standard description and the circle’s default term, starting the day after the current holder’s term ends', () => {
    const result = selectionDecider.decide(
      { type: 'start-selection', selectionId: 'sel-1', circleId: 'northside', roleId: 'secretary' },
      fresh,
      { actor: as('dev'), now: daysFromNow(0) },
    );
    expect(result).toEqual({
      ok: true,
      value: [
        {
          type: 'selection-started',
          selectionId: 'sel-1',
          at: daysFromNow(0),
          by: 'dev',
          circleId: 'northside',
          selectingCircleId: 'northside',
          roleId: 'secretary',
          roleDescription: '',
          termMonths: 12,
          // Dev's term as secretary runs a year from today.
          termStart: addDays(addMonths(today, 12), 1),
        },
      ],
    });
  });

  it('starts a vacant role’s term the day the selection starts', () => {
    const structure = changed(coop, [
      {
        type: 'define-role',
        circleId: 'northside',
        role: { roleId: 'rota-keeper', name: 'Rota keeper', description: 'Keeps the weekend rota fair.' },
      },
    ]);
    const selection = selectionOf(
      step(selectionDecider, { structure, selection: null }, start({ circleId: 'northside', roleId: 'rota-keeper' }), as('dev')),
    );
    expect(selection.termStart).toBe(today);
  });

  it('follows the last of the role’s planned terms, and takes an explicit start as given', () => {
    const structure = changed(coop, [
      {
        type: 'assign-role',
        circleId: 'northside',
        assignmentId: 'next-secretary',
        roleId: 'secretary',
        personId: 'amara',
        termStart: '2028-01-01',
        termEnd: '2028-06-30',
      },
    ]);
    const planned = selectionOf(
      step(selectionDecider, { structure, selection: null }, start({ circleId: 'northside', roleId: 'secretary' }), as('dev')),
    );
    expect(planned.termStart).toBe('2028-07-01');
    const explicit = selectionOf(
      step(
        selectionDecider,
        { structure, selection: null },
        start({ circleId: 'northside', roleId: 'secretary', termStart: '2027-03-01' }),
        as('dev'),
      ),
    );
    expect(explicit.termStart).toBe('2027-03-01');
  });

  it('takes a custom role’s description and default term', () => {
    const structure = changed(coop, [
      {
        type: 'define-role',
        circleId: 'northside',
        role: { roleId: 'rota-keeper', name: 'Rota keeper', description: 'Keeps the weekend rota fair.', defaultTermMonths: 6 },
      },
    ]);
    const selection = selectionOf(
      step(selectionDecider, { structure, selection: null }, start({ circleId: 'northside', roleId: 'rota-keeper' }), as('farid')),
    );
    expect(selection).toMatchObject({ roleDescription: 'Keeps the weekend rota fair.', termMonths: 6 });
  });

  it('follows a circle policy’s default term where the role has none of its own', () => {
    const structure = changed(coop, [{ type: 'set-circle-policy', circleId: 'northside', policy: { defaultTermMonths: 6 } }]);
    const selection = selectionOf(
      step(selectionDecider, { structure, selection: null }, start({ circleId: 'northside', roleId: 'facilitator' }), as('hana')),
    );
    expect(selection.termMonths).toBe(6);
  });

  it('lets the circle set the term length, start and description when it starts the selection', () => {
    const selection = selectionOf(
      step(
        selectionDecider,
        fresh,
        start({
          circleId: 'northside',
          roleId: 'facilitator',
          termMonths: 3,
          termStart: '2027-02-01',
          roleDescription: 'Runs our fortnightly meetings.',
        }),
        as('hana'),
      ),
    );
    expect(selection).toMatchObject({
      termMonths: 3,
      termStart: '2027-02-01',
      roleDescription: 'Runs our fortnightly meetings.',
      startedAt: daysFromNow(0),
    });
    expect(selection.nominations).toEqual({});
  });

  it('gives the proposed term its end from the term start and length', () => {
    const selection = selectionOf(selectionAt(coop, northsideDelegate, 'consent-round'));
    expect(selection.status === 'consent-round' && selection.proposal).toMatchObject({ termStart: '2027-01-01', termEnd: '2028-01-01' });
  });

  it.each([
    [{ circleId: 'nowhere', roleId: 'delegate' }, 'not-found', 'circleId'],
    [{ circleId: 'northside', roleId: 'treasurer' }, 'role-unknown', 'roleId'],
    [{ circleId: 'northside', roleId: 'delegate', termMonths: 0 }, 'invalid-input', 'termMonths'],
    [{ circleId: 'northside', roleId: 'delegate', termMonths: 61 }, 'invalid-input', 'termMonths'],
    [{ circleId: 'northside', roleId: 'delegate', termMonths: 6.5 }, 'invalid-input', 'termMonths'],
    [{ circleId: 'northside', roleId: 'delegate', termStart: '2027-13-01' }, 'invalid-input', 'termStart'],
    [{ circleId: 'northside', roleId: '' }, 'invalid-input', 'roleId'],
  ])('refuses %j with %s on %s', (fields, code, field) => {
    expect(refusal(selectionDecider, fresh, start(fields), as('dev'))).toMatchObject({ code, field });
  });

  it('refuses a role of an archived circle', () => {
    const structure = changed(coop, [{ type: 'archive-circle', circleId: 'finance' }]);
    expect(
      refusal(selectionDecider, { structure, selection: null }, start({ circleId: 'finance', roleId: 'secretary' }), as('esi')),
    ).toMatchObject({
      code: 'not-found',
      field: 'circleId',
    });
  });

  it('refuses to start a selection twice', () => {
    const state = selectionAt(coop, northsideDelegate, 'nominations');
    expect(refusal(selectionDecider, state, startCommand(northsideDelegate), as('dev'))).toMatchObject({
      code: 'already-exists',
      field: 'selectionId',
    });
    expect(refusal(selectionDecider, state, start({ circleId: 'northside', roleId: 'secretary' }), as('dev'))).toMatchObject({
      code: 'already-exists',
    });
  });

  it('does not start for an admin who is not a member of the selecting circle', () => {
    expect(refusal(selectionDecider, fresh, startCommand(northsideDelegate), admin)).toMatchObject({ code: 'not-a-member' });
  });
});
