import type { Meeting } from '../../../shared';
import { clockNow, type RunView } from '../../../tab/features/meeting-run/run-view';

const startedAt = '2026-12-04T10:00:00.000Z';
const meeting = {
  agenda: [{ itemId: 'van', type: 'report', title: 'The van', timeboxMinutes: 1, subjectId: null }],
  clocks: { van: { startedAt, pausedAt: null, pausedMs: 0, endedAt: null } },
} as unknown as Meeting;
const view = (serverNow: string, paused = false): RunView => ({
  meeting: paused ? ({ ...meeting, clocks: { van: { ...meeting.clocks.van, pausedAt: serverNow } } } as Meeting) : meeting,
  turn: null,
  steps: [],
  leads: false,
  now: { serverNow, clocks: {} },
  mayPlan: false,
});

describe('an item’s clock as a page shows it', () => {
  it('counts on from the server’s time by the time since the page received it, whatever the page’s own clock says', () => {
    // The page's clock is an hour off; only the time since receipt counts.
    const receivedAt = Date.parse('2026-12-04T11:00:00.000Z');
    expect(clockNow(view('2026-12-04T10:00:20.000Z'), receivedAt, receivedAt + 10_000, 'van')).toMatchObject({
      remainingMs: 30_000,
      over: false,
    });
  });

  it('shows over time once the box has run out, never cut', () => {
    expect(clockNow(view('2026-12-04T10:00:55.000Z'), 0, 8_000, 'van')).toMatchObject({ remainingMs: -3_000, over: true, running: true });
  });

  it('stands still while paused', () => {
    expect(clockNow(view('2026-12-04T10:00:30.000Z', true), 0, 20_000, 'van')).toMatchObject({ remainingMs: 30_000, running: false });
  });
});
