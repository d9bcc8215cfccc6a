import { z } from 'zod';

export const rhythmFrequencies = ['weekly', 'fortnightly', 'monthly'] as const;
export const RhythmFrequency = z.enum(rhythmFrequencies);
export type RhythmFrequency = z.infer<typeof RhythmFrequency>;

/** A wall-clock moment in a time zone ("2026-12-01T09:00"): a circle meets at nine whatever the season. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'localDateTimeForm')
  .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)) && new Date(`${value}:00Z`).toISOString().startsWith(value), 'realDateTime');

/** An IANA time zone the runtime knows ("Europe/London"). */
export const TimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'timeZoneUnknown');

/** How often a circle meets, decided by the circle; it becomes a recurring calendar event. */
export const MeetingRhythm = z.object({
  frequency: RhythmFrequency,
  firstMeeting: LocalDateTime,
  timeZone: TimeZone,
  durationMinutes: z.number().int().min(15).max(480),
});
export type MeetingRhythm = z.infer<typeof MeetingRhythm>;
