import fc from 'fast-check';
import type { AwaitedStep, Circle, InboxEntry, Meeting, Review } from '../../../shared';
import {
  awaitedGuide,
  awaitedLabel,
  awaitedTitle,
  byUrgency,
  messageDate,
  findCircle,
  reviewAwaits,
  structureDecider,
  whatAwaits,
} from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now, today } from '../../support/clock';
import { admin } from '../../support/people';
import { textsFor } from '../../../texts/all';

const english = textsFor('en');
const guideOf = (step: AwaitedStep) => english.say('core', awaitedGuide(step));
const labelOf = (step: AwaitedStep) => english.say('core', awaitedLabel(step));
/** A day and a time as the guide writes them: in the reader's language, in the zone the tests run in. */
const day = (when: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(messageDate(when));
const time = (when: string) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(messageDate(when));

const coop = careCoop();
const circle = (circleId: string) => findCircle(coop, circleId) as Circle;
const circles = [circle('hub'), circle('northside'), circle('finance')];

const review = (fields: Partial<Review>): Review => ({
  kind: 'decision',
  subjectId: 'weekend-rota',
  circleId: 'northside',
  title: 'Rotate weekend shifts monthly',
  reviewDate: today,
  status: 'due',
  ...fields,
});

const meeting = (fields: Partial<Meeting>): Meeting => ({
  meetingId: 'northside-december',
  circleId: 'northside',
  scheduledFor: daysFromNow(3),
  plannedBy: 'hana',
  status: 'planned',
  agenda: [],
  checkIns: {},
  agendaConsentedAt: null,
  minutes: {},
  evaluations: {},
  closedAt: null,
  speakingOrder: [],
  round: null,
  currentItemId: null,
  clocks: {},
  nextMeeting: null,
  ...fields,
});

const entry = (fields: Partial<InboxEntry>): InboxEntry => ({
  kind: 'proposal',
  id: 'weekend-rota',
  circleId: 'northside',
  askedIn: 'northside',
  circleName: 'Northside care team',
  title: 'Rotate weekend shifts monthly',
  awaits: 'answer',
  deadline: daysFromNow(5),
  ...fields,
});

const none = { entries: [], circles, reviews: [], meetings: [] };

describe('what awaits a person, of every kind', () => {
  it('a decision’s review due or overdue awaits the circle’s leader and facilitator, not its other members', () => {
    const due = review({});
    expect(['amara', 'dev', 'farid', 'grace', 'hana'].filter((p) => reviewAwaits(due, circle('northside'), p, today))).toEqual([
      'amara',
      'hana',
    ]);
    expect(reviewAwaits(review({ status: 'upcoming' }), circle('northside'), 'amara', today)).toBe(false);
  });

  it('a role term’s review awaits whoever holds the term, as well as the leader and facilitator', () => {
    const term = review({ kind: 'role-term', subjectId: 'northside-delegate', title: 'Delegate term of Dev Patel', status: 'overdue' });
    expect(['amara', 'dev', 'farid', 'grace', 'hana'].filter((p) => reviewAwaits(term, circle('northside'), p, today))).toEqual([
      'amara',
      'dev',
      'hana',
    ]);
  });

  it('a review of a circle the person has left awaits them no more', () => {
    const left = step(structureDecider, coop, { type: 'remove-member', circleId: 'northside', personId: 'hana' }, admin, now);
    expect(reviewAwaits(review({}), findCircle(left, 'northside') as Circle, 'hana', today)).toBe(false);
  });

  it('a meeting awaits every member while it is under way or scheduled from today on, never once closed', () => {
    const meetings = [
      meeting({ meetingId: 'ahead' }),
      meeting({ meetingId: 'under-way', scheduledFor: daysFromNow(-0.02), status: 'in-progress', agendaConsentedAt: daysFromNow(-0.01) }),
      meeting({ meetingId: 'closed', status: 'closed', closedAt: now }),
      meeting({ meetingId: 'never-held', scheduledFor: daysFromNow(-3) }),
      meeting({ meetingId: 'elsewhere', circleId: 'finance' }),
    ];
    const shown = whatAwaits('farid', { ...none, meetings }, now);
    expect(shown.map((s) => [s.id, s.asks, s.overdue])).toEqual([
      ['under-way', 'meeting-under-way', true],
      ['ahead', 'meeting', false],
    ]);
    expect(shown[0] && guideOf(shown[0])).toBe('The circle’s meeting is under way on its consented agenda: join it.');
    expect(shown[0] && labelOf(shown[0])).toBe('Under way');
    expect(shown[1] && guideOf(shown[1])).toBe(`The circle meets on ${day(daysFromNow(3))} at ${time(daysFromNow(3))}.`);
    // A meeting has no title of its own: it is the day it meets, worded by the core in each reader's language.
    expect(shown[1]?.title).toBe(daysFromNow(3).slice(0, 10));
    const title = shown[1] && awaitedTitle(shown[1]);
    expect(title).toEqual({ key: 'meetingOn', values: { day: messageDate(daysFromNow(3).slice(0, 10)) } });
    expect(title && english.say('core', title)).toBe(`Meeting on ${day(daysFromNow(3).slice(0, 10))}`);
  });

  it('a meeting is under way from the consent to its agenda until it closes, whenever it was scheduled', () => {
    const late = daysFromNow(-1.5);
    const asked = (fields: Partial<Meeting>) =>
      whatAwaits('farid', { ...none, meetings: [meeting({ scheduledFor: late, ...fields })] }, now).map((s) => [s.asks, s.due, labelOf(s)]);
    expect(asked({ status: 'check-in' })).toEqual([['meeting', late, 'Starting']]);
    expect(asked({ status: 'in-progress', agendaConsentedAt: now })).toEqual([['meeting-under-way', now, 'Under way']]);
    expect(asked({ status: 'closed', agendaConsentedAt: now, closedAt: now })).toEqual([]);
  });

  it('a meeting whose start has come but whose agenda is not consented says when it was set, not that it is under way', () => {
    const [started] = whatAwaits('farid', { ...none, meetings: [meeting({ scheduledFor: daysFromNow(-0.02), status: 'check-in' })] }, now);
    expect(started && guideOf(started)).toBe(
      `The circle’s meeting was set for ${day(daysFromNow(-0.02))} at ${time(daysFromNow(-0.02))}: join it.`,
    );
  });

  it('a kept entry shows while the person is still a member of the circle asking, and not in an archived circle', () => {
    const entries = [entry({}), entry({ id: 'budget', circleId: 'finance', askedIn: 'finance' })];
    expect(whatAwaits('farid', { ...none, entries }, now).map((s) => s.id)).toEqual(['weekend-rota']);
    const archived = step(structureDecider, coop, { type: 'archive-circle', circleId: 'northside' }, admin, now);
    expect(whatAwaits('farid', { ...none, entries, circles: Object.values(archived.circles) }, now)).toEqual([]);
  });

  it('each kind says in a sentence what is asked', () => {
    const entries = [
      entry({ awaits: 'candidate-answer', kind: 'selection', id: 's1', deadline: null }),
      entry({ awaits: 'amendment', id: 'p1', deadline: null }),
      entry({ awaits: 'objection', id: 'p2', deadline: null }),
      entry({ awaits: 'nomination', kind: 'selection', id: 's2', deadline: null }),
    ];
    const reviews = [
      review({ reviewDate: '2026-11-01', status: 'overdue' }),
      review({ kind: 'role-term', subjectId: 'northside-delegate', title: 'Delegate term of Dev Patel' }),
    ];
    const shown = whatAwaits('hana', { ...none, entries, reviews }, now);
    expect(Object.fromEntries(shown.map((s) => [s.asks, guideOf(s)]))).toEqual({
      'decision-review': `This decision was due for review on ${day('2026-11-01')}: bring it to the circle to consent again, amend or end it.`,
      'term-review': `This role term ends on ${day(today)}: hold the selection for the next term before then.`,
      'candidate-answer': 'You are the proposed candidate: consent or object once the others have answered, as the candidate answers last.',
      amendment: 'An objection stands: amend your proposal so it integrates the objection, with the objector.',
      objection: 'Your objection is being integrated: withdraw it once it is met, or help amend what is proposed.',
      nomination: 'Name who you see in this role and why; nominations stay hidden until they are revealed.',
    });
  });

  it('the most urgent comes first: overdue reviews, then deadlines soonest, then what has no date', () => {
    const entries = [
      entry({ id: 'later', deadline: daysFromNow(9) }),
      entry({ id: 'sooner', deadline: daysFromNow(2) }),
      entry({ id: 'nominate', kind: 'selection', awaits: 'nomination', deadline: null }),
    ];
    const reviews = [
      review({ subjectId: 'old', reviewDate: '2026-10-01', status: 'overdue' }),
      review({ subjectId: 'soon', reviewDate: daysFromNow(4).slice(0, 10) }),
    ];
    const shown = whatAwaits('amara', { ...none, entries, reviews, meetings: [meeting({ scheduledFor: daysFromNow(3) })] }, now);
    expect(shown.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'review:old',
      'proposal:sooner',
      'meeting:northside-december',
      'review:soon',
      'proposal:later',
      'selection:nominate',
    ]);
  });
});

describe('what awaits a person, for any kept rows (fast-check)', () => {
  const instant = fc.integer({ min: -20, max: 20 }).map((days) => daysFromNow(days));
  const arbitraryEntry = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    askedIn: fc.constantFrom('hub', 'northside', 'finance'),
    awaits: fc.constantFrom<InboxEntry['awaits']>('answer', 'nomination', 'candidate-answer', 'amendment', 'objection'),
    deadline: fc.option(instant, { nil: null }),
  });
  const arbitraryReview = fc.record({
    subjectId: fc.constantFrom('r1', 'r2', 'northside-delegate'),
    circleId: fc.constantFrom('hub', 'northside', 'finance'),
    kind: fc.constantFrom<Review['kind']>('decision', 'role-term'),
    reviewDate: instant.map((at) => at.slice(0, 10)),
    status: fc.constantFrom<Review['status']>('upcoming', 'due', 'overdue'),
  });
  const rank = (s: AwaitedStep) => (s.overdue ? 0 : s.due === null ? 2 : 1);

  it('an entry shows iff its circle asks the person, a review iff the core says it awaits them, all most urgent first', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryEntry, { maxLength: 8 }),
        fc.array(arbitraryReview, { maxLength: 8 }),
        fc.constantFrom('amara', 'dev', 'chloe', 'farid'),
        (rawEntries, rawReviews, person) => {
          const entries = rawEntries.map((e) => entry({ ...e, circleId: e.askedIn }));
          const reviews = rawReviews.map((r) => review(r));
          const shown = whatAwaits(person, { ...none, entries, reviews }, now);
          const member = (circleId: string) => circle(circleId).members.some((m) => m.personId === person);
          expect(shown.filter((s) => s.kind === 'proposal')).toHaveLength(entries.filter((e) => member(e.askedIn)).length);
          const awaited = reviews.filter((r) => reviewAwaits(r, circle(r.circleId), person, today));
          expect(shown.filter((s) => s.kind === 'review')).toHaveLength(awaited.length);
          for (const [a, b] of shown.slice(1).map((s, i) => [shown[i] as AwaitedStep, s] as const)) {
            expect(rank(a)).toBeLessThanOrEqual(rank(b));
            expect(byUrgency(a, b)).toBeLessThanOrEqual(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
