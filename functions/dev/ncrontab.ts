/**
 * The next moment an NCRONTAB schedule fires (six fields: second minute hour day
 * month weekday, in UTC), for the dev host's timers. Fields take `*`, numbers,
 * ranges `a-b`, steps `*∕n` or `a-b∕n`, and lists; that covers the app's own schedules.
 */
const limits = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
] as const;

function values(field: string, [low, high]: readonly [number, number]): Set<number> {
  const allowed = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '*', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] =
      range === '*'
        ? [low, high]
        : range.includes('-')
          ? range.split('-').map(Number)
          : [Number(range), stepText === undefined ? Number(range) : high];
    if (![from, to, step].every(Number.isInteger) || step < 1 || (from as number) < low || (to as number) > high)
      throw new Error(`Not a schedule field this host reads: “${field}”.`);
    for (let value = from as number; value <= (to as number); value += step) allowed.add(value);
  }
  return allowed;
}

export function nextOccurrence(schedule: string, after: Date): Date {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`An NCRONTAB schedule has six fields: “${schedule}”.`);
  const [seconds, minutes, hours, days, months, weekdays] = fields.map((field, index) =>
    values(field, limits[index] as readonly [number, number]),
  );
  const moment = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
  // Second by second is plain and fast enough for schedules that fire at least yearly.
  for (let tries = 0; tries < 366 * 24 * 3600; tries += 1) {
    if (
      seconds?.has(moment.getUTCSeconds()) &&
      minutes?.has(moment.getUTCMinutes()) &&
      hours?.has(moment.getUTCHours()) &&
      days?.has(moment.getUTCDate()) &&
      months?.has(moment.getUTCMonth() + 1) &&
      weekdays?.has(moment.getUTCDay())
    ) {
      return moment;
    }
    moment.setTime(moment.getTime() + 1000);
  }
  throw new Error(`The schedule “${schedule}” never fires.`);
}
