/** How far a time zone's wall clock is ahead of UTC at a moment, in ms (Intl knows the zone's rules; no I/O). */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC moment of a wall-clock time ("2026-12-01T09:00") in a time zone. A time
 * skipped when clocks go forward is read with the offset from before the change.
 */
export function zonedToUtc(local: string, timeZone: string): string {
  const wall = Date.parse(`${local}:00Z`);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(second).toISOString();
}
