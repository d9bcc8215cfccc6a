import fc from 'fast-check';
import type { CalendarEntry, CalendarRecord } from '../../../shared';
import { calendarEntries, circleCalendar, openReviews, reconcileCalendar } from '../../../shared';
import { circleOf, careCoop } from '../../support/care-coop';
import { daysFromNow, now, today } from '../../support/clock';
import { meetingAt, meetingDay, meetingOf } from '../../support/meeting-flow';
import { adoptedDecision, adoptedRota, changed, withCirclePolicy } from '../../support/review-decisions';
import { wordedEntry } from '../../../functions/calendar/calendar-words';
import { textsFor } from '../../../texts/all';

/** Entries with their words written out as an English calendar shows them. */
const inEnglish = (entries: readonly CalendarEntry[]) => entries.map((entry) => wordedEntry(textsFor('en'), entry));

const ids = (entries: readonly CalendarEntry[]) => entries.map((e) => e.entryId);

/** The records after a reconcile: the changed ones replace those of the same entry. */
function applied(records: readonly CalendarRecord[], changes: readonly CalendarRecord[]): CalendarRecord[] {
  const byId = new Map(records.map((r) => [r.entry.entryId, r]));
  for (const change of changes) byId.set(change.entry.entryId, change);
  return [...byId.values()];
}

describe('a circle’s calendar: reviews, meetings and the meeting rhythm', () => {
  const coop = careCoop();
  const rota = adoptedRota(coop);

  it('has the review of each open decision and role term, all day on its date, with the circle’s members invited', () => {
    const entries = inEnglish(calendarEntries(coop, [rota], [], today));
    const review = entries.find((e) => e.entryId === 'review.decision.northside.weekend-rota');
    expect(review).toEqual({
      entryId: 'review.decision.northside.weekend-rota',
      circleId: 'northside',
      subject: { kind: 'decision', proposalId: 'weekend-rota' },
      title: 'Review: Rotate weekend shifts monthly (Northside care team)',
      description: expect.stringContaining('continue unchanged with a new review date, amend the decision, or end it'),
      when: { kind: 'day', date: rota.reviewDate },
      attendees: ['amara', 'dev', 'farid', 'grace', 'hana'].map((personId) => ({ personId, displayName: expect.any(String) })),
      linkWords: 'Open in Sociocracy for Teams',
    });
    const term = entries.find((e) => e.entryId === 'review.role-term.northside.northside-facilitator');
    expect(term).toMatchObject({
      subject: { kind: 'role-term', assignmentId: 'northside-facilitator', roleId: 'facilitator' },
      title: 'Review: Facilitator term of Hana Sato (Northside care team)',
      when: { kind: 'day', date: circleOf(coop, 'northside').assignments.find((a) => a.assignmentId === 'northside-facilitator')?.termEnd },
    });
    expect(term?.description).toMatch(
      /^The facilitator term of Hana Sato in Northside care team ends on [A-Z][a-z]{2} \d{1,2}, \d{4}\. The circle selects the role again by consent/,
    );
    // A feed or a calendar in Dutch reads the role in Dutch.
    const dutch = calendarEntries(coop, [rota], [], today).find((e) => e.entryId === 'review.role-term.northside.northside-facilitator');
    const inDutch = dutch && wordedEntry(textsFor('nl'), dutch).title;
    expect(inDutch).toBe('Evaluatie: termijn van Hana Sato als gespreksleider (Northside care team)');
    // Ten role terms in the co-op, and the one decision.
    expect(entries).toHaveLength(11);
  });

  it('drops a decision’s review once a later decision has held it', () => {
    const continued = adoptedDecision(coop, {
      proposalId: 'rota-continued',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
    });
    const entries = ids(calendarEntries(coop, [rota, continued], [], today));
    expect(entries).not.toContain('review.decision.northside.weekend-rota');
    expect(entries).toContain('review.decision.northside.rota-continued');
  });

  it('has a planned meeting at its moment, as long as its agenda’s time boxes, and at least half an hour', () => {
    const meeting = meetingOf(meetingAt(circleOf(coop, 'northside'), 'planned'));
    const [entry] = inEnglish(calendarEntries(coop, [], [meeting], today)).filter((e) => e.subject.kind === 'meeting');
    expect(entry?.when).toEqual({ kind: 'moment', start: meetingDay, end: new Date(Date.parse(meetingDay) + 55 * 60_000).toISOString() });
    expect(entry?.description).toContain('- Rotate weekend shifts monthly (20 min)');
    const bare = meetingOf(meetingAt(circleOf(coop, 'northside'), 'planned', []));
    const [short] = calendarEntries(coop, [], [bare], today).filter((e) => e.subject.kind === 'meeting');
    expect(short?.when).toEqual({ kind: 'moment', start: meetingDay, end: new Date(Date.parse(meetingDay) + 30 * 60_000).toISOString() });
  });

  it('has the circle’s regular meeting as a recurring entry at its wall-clock time and zone', () => {
    const rhythm = { frequency: 'fortnightly' as const, firstMeeting: '2026-12-01T09:00', timeZone: 'Europe/London', durationMinutes: 90 };
    const meets = withCirclePolicy(coop, 'finance', { meetingRhythm: rhythm });
    const entry = inEnglish(calendarEntries(meets, [], [], today)).find((e) => e.entryId === 'meeting-rhythm.finance');
    expect(entry).toMatchObject({
      subject: { kind: 'meeting-rhythm' },
      title: 'Finance: circle meeting',
      when: { kind: 'recurring', start: '2026-12-01T09:00', timeZone: 'Europe/London', durationMinutes: 90, frequency: 'fortnightly' },
    });
    expect(entry?.description).toContain('every fortnight');
  });

  it('shows nothing of an archived circle', () => {
    const archived = changed(coop, [{ type: 'archive-circle', circleId: 'finance' }]);
    expect(calendarEntries(archived, [], [], today).filter((e) => e.circleId === 'finance')).toEqual([]);
    expect(circleCalendar(circleOf(archived, 'finance'), openReviews(archived, [rota], today), [])).toEqual([]);
  });

  it('is the organisation’s calendar one circle at a time: each circle’s own entries from the whole organisation’s reviews and meetings', () => {
    const meeting = meetingOf(meetingAt(circleOf(coop, 'northside'), 'planned'));
    const meets = withCirclePolicy(coop, 'hub', {
      meetingRhythm: { frequency: 'weekly', firstMeeting: '2027-01-04T18:30', timeZone: 'Europe/London', durationMinutes: 60 },
    });
    const reviews = openReviews(meets, [rota], today);
    const whole = calendarEntries(meets, [rota], [meeting], today);
    for (const circle of Object.values(meets.circles)) {
      expect(circleCalendar(circle, reviews, [meeting])).toEqual(whole.filter((entry) => entry.circleId === circle.circleId));
    }
    expect(ids(circleCalendar(circleOf(meets, 'northside'), reviews, [meeting]))).toEqual(
      expect.arrayContaining(['review.decision.northside.weekend-rota', `meeting.northside.${meeting.meetingId}`]),
    );
  });
});

describe('the calendar’s records over time (SEQUENCE and cancellation)', () => {
  const coop = careCoop();
  const rota = adoptedRota(coop);
  const first = reconcileCalendar([], calendarEntries(coop, [rota], [], today), now);

  it('records a new entry at sequence 0, and nothing when nothing changed', () => {
    expect(first.every((r) => r.sequence === 0 && !r.cancelled && r.changedAt === now)).toBe(true);
    expect(reconcileCalendar(first, calendarEntries(coop, [rota], [], today), daysFromNow(1))).toEqual([]);
  });

  it('raises the sequence of a changed entry, cancels a removed one, and restores one that came back', () => {
    // Grace leaves Northside: every Northside entry changes its attendees.
    const without = changed(coop, [{ type: 'remove-member', circleId: 'northside', personId: 'grace' }]);
    const later = daysFromNow(1);
    const moved = reconcileCalendar(first, calendarEntries(without, [rota], [], today), later);
    expect(moved.map((r) => [r.entry.entryId, r.sequence, r.cancelled])).toEqual(
      ids(calendarEntries(without, [rota], [], today).filter((e) => e.circleId === 'northside')).map((id) => [id, 1, false]),
    );
    const afterMove = applied(first, moved);
    const removed = reconcileCalendar(afterMove, calendarEntries(without, [], [], today), daysFromNow(2));
    expect(removed).toEqual([
      expect.objectContaining({
        sequence: 2,
        cancelled: true,
        changedAt: daysFromNow(2),
        entry: expect.objectContaining({ entryId: 'review.decision.northside.weekend-rota' }),
      }),
    ]);
    const back = reconcileCalendar(applied(afterMove, removed), calendarEntries(without, [rota], [], today), daysFromNow(3));
    expect(back.map((r) => [r.entry.entryId, r.sequence, r.cancelled])).toEqual([['review.decision.northside.weekend-rota', 3, false]]);
  });

  it('whatever happens in between, sequences never fall, a second reconcile changes nothing, and the records match what is wanted', () => {
    const candidates = [
      calendarEntries(coop, [], [], today),
      calendarEntries(coop, [rota], [], today),
      calendarEntries(changed(coop, [{ type: 'archive-circle', circleId: 'finance' }]), [rota], [], today),
      calendarEntries(
        withCirclePolicy(coop, 'hub', {
          meetingRhythm: { frequency: 'weekly', firstMeeting: '2027-01-04T18:30', timeZone: 'America/New_York', durationMinutes: 60 },
        }),
        [rota],
        [],
        today,
      ),
    ];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: candidates.length - 1 }), { minLength: 1, maxLength: 12 }), (picks) => {
        let records: CalendarRecord[] = [];
        picks.forEach((pick, index) => {
          const wanted = candidates[pick] as CalendarEntry[];
          const at = daysFromNow(index);
          const next = applied(records, reconcileCalendar(records, wanted, at));
          for (const record of next) {
            const before = records.find((r) => r.entry.entryId === record.entry.entryId);
            expect(record.sequence).toBeGreaterThanOrEqual(before?.sequence ?? 0);
          }
          expect(reconcileCalendar(next, wanted, at)).toEqual([]);
          expect(
            next
              .filter((r) => !r.cancelled)
              .map((r) => r.entry.entryId)
              .sort(),
          ).toEqual(ids(wanted).sort());
          records = next;
        });
      }),
    );
  });
});
