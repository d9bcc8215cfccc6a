import type { Structure } from '../../../shared';
import { doubleLinkRules, doubleLinkViolations, structureDecider } from '../../../shared';
import { textsFor } from '../../../texts/all';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { today } from '../../support/clock';
import { admin } from '../../support/people';
import { circleValue, structureValue, term } from '../../support/structure-builders';

const run = (structure: Structure, command: object) => step(structureDecider, structure, command, admin);
const rulesBroken = (structure: Structure, day = today) => doubleLinkViolations(structure, day).map((v) => [v.circleId, v.rule]);

/** A hub (amara, ben, chloe) with a Northside circle laid out by each test. */
function hubWith(northside: { members: string[]; leader?: string; delegate?: string }): Structure {
  const terms = [
    ...(northside.leader ? [term('leader', northside.leader, '2026-01-01', '2026-12-31')] : []),
    ...(northside.delegate ? [term('delegate', northside.delegate, '2026-01-01', '2026-12-31')] : []),
  ];
  return structureValue([
    circleValue('hub', { members: ['amara', 'ben', 'chloe'] }),
    circleValue('northside', { parentId: 'hub', members: northside.members, terms }),
  ]);
}

describe('double-link rule', () => {
  it('names the seven ways a link can be broken', () => {
    expect([...doubleLinkRules]).toEqual([
      'leader-missing',
      'delegate-missing',
      'leader-is-delegate',
      'leader-not-member',
      'leader-not-in-parent',
      'delegate-not-member',
      'delegate-not-in-parent',
    ]);
  });

  it('finds nothing wrong in a hub whose sub-circles are linked by two different members of both', () => {
    expect(doubleLinkViolations(careCoop(), today)).toEqual([]);
  });

  it('is not checked for the general circle, which has no parent to link to', () => {
    const s = structureValue([circleValue('hub', { members: ['amara'] })]);
    expect(doubleLinkViolations(s, today)).toEqual([]);
  });

  it('reports a new circle that has neither leader nor delegate yet', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'garden', name: 'Garden', parentId: 'hub' });
    expect(rulesBroken(s)).toEqual([
      ['garden', 'leader-missing'],
      ['garden', 'delegate-missing'],
    ]);
  });

  it('reports a circle whose leader and delegate are the same person', () => {
    expect(rulesBroken(hubWith({ members: ['amara', 'dev'], leader: 'amara', delegate: 'amara' }), '2026-06-01')).toEqual([
      ['northside', 'leader-is-delegate'],
    ]);
  });

  it('reports a leader who came from the parent but has not joined the circle', () => {
    expect(rulesBroken(hubWith({ members: ['ben'], leader: 'amara', delegate: 'ben' }), '2026-06-01')).toEqual([
      ['northside', 'leader-not-member'],
    ]);
  });

  it('reports a leader who is not a member of the parent', () => {
    expect(rulesBroken(hubWith({ members: ['dev', 'ben'], leader: 'dev', delegate: 'ben' }), '2026-06-01')).toEqual([
      ['northside', 'leader-not-in-parent'],
    ]);
  });

  it('reports a delegate who is not a member of the circle, nor of the parent', () => {
    expect(rulesBroken(hubWith({ members: ['amara'], leader: 'amara', delegate: 'dev' }), '2026-06-01')).toEqual([
      ['northside', 'delegate-not-member'],
      ['northside', 'delegate-not-in-parent'],
    ]);
  });

  it('reports a delegate who is not a member of the parent', () => {
    expect(rulesBroken(hubWith({ members: ['amara', 'dev'], leader: 'amara', delegate: 'dev' }), '2026-06-01')).toEqual([
      ['northside', 'delegate-not-in-parent'],
    ]);
  });

  it('reports every broken part at once when one person is everything wrong', () => {
    expect(rulesBroken(hubWith({ members: ['ben'], leader: 'dev', delegate: 'dev' }), '2026-06-01')).toEqual([
      ['northside', 'leader-is-delegate'],
      ['northside', 'leader-not-member'],
      ['northside', 'leader-not-in-parent'],
      ['northside', 'delegate-not-member'],
      ['northside', 'delegate-not-in-parent'],
    ]);
  });

  it('is judged on the day asked: a term that has ended or not begun does not link', () => {
    const s = hubWith({ members: ['amara', 'ben'], leader: 'amara', delegate: 'ben' });
    expect(rulesBroken(s, '2026-12-31')).toEqual([]);
    expect(rulesBroken(s, '2027-01-01')).toEqual([
      ['northside', 'leader-missing'],
      ['northside', 'delegate-missing'],
    ]);
    expect(rulesBroken(s, '2025-12-31')).toEqual([
      ['northside', 'leader-missing'],
      ['northside', 'delegate-missing'],
    ]);
  });

  it('is reported, never silently fixed: the leader leaving the hub is recorded and the broken link shown', () => {
    const s = run(careCoop(), { type: 'remove-member', circleId: 'hub', personId: 'amara' });
    expect(circleOf(s, 'northside').assignments.find((a) => a.roleId === 'leader')).toMatchObject({
      personId: 'amara',
      termEnd: '2027-11-21',
    });
    expect(rulesBroken(s)).toEqual([['northside', 'leader-not-in-parent']]);
  });

  it('follows a circle to its new parent when it moves', () => {
    // Northside's leader (Amara) and delegate (Dev) are not in Finance.
    const s = run(careCoop(), { type: 'move-circle', circleId: 'northside', parentId: 'finance' });
    expect(rulesBroken(s)).toEqual([
      ['northside', 'leader-not-in-parent'],
      ['northside', 'delegate-not-in-parent'],
    ]);
  });

  it('does not check archived circles', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'garden', name: 'Garden', parentId: 'hub' });
    expect(rulesBroken(run(s, { type: 'archive-circle', circleId: 'garden' }))).toEqual([]);
  });

  it('explains each violation in catalogued words, naming the circle and its parent', () => {
    const [violation] = doubleLinkViolations(hubWith({ members: ['amara', 'dev'], leader: 'amara', delegate: 'amara' }), '2026-06-01');
    expect(violation?.circleId).toBe('northside');
    expect(violation?.said).toEqual({ key: 'linkLeaderIsDelegate', values: { circle: 'Northside', parent: 'Hub' } });
    expect(violation && textsFor('en').say('core', violation.said)).toBe(
      'In “Northside” the leader and the delegate are the same person; the link needs two.',
    );
    expect(violation && textsFor('nl').say('core', violation.said)).toBe(
      'In “Northside” zijn de leider en de afgevaardigde dezelfde persoon; de koppeling vraagt om twee mensen.',
    );
  });

  it('words the rules a circle breaks in every language, each naming the circle', () => {
    const broken = doubleLinkViolations(hubWith({ members: ['amara'], leader: 'farid', delegate: 'farid' }), '2026-06-01');
    for (const violation of broken)
      for (const locale of ['en', 'nl', 'de', 'fr', 'es', 'pt'] as const)
        expect(textsFor(locale).say('core', violation.said)).toContain('Northside');
  });
});
