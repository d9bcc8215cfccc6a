import { z } from 'zod';
import { MeetingRhythm } from './meeting-rhythm';

/**
 * How a circle closes its consent rounds, decided by the circle itself (by consent).
 * The defaults follow docs/SOCIOCRACY.md: async deadline 7 days, `all-must-answer`, no quorum;
 * and those still to answer are reminded 24 hours before the deadline (a setting, not a rule).
 */
export const SilenceRule = z.enum(['all-must-answer', 'silence-is-consent']);
export type SilenceRule = z.infer<typeof SilenceRule>;

export const RoundMode = z.enum(['sync', 'async']);
export type RoundMode = z.infer<typeof RoundMode>;

export const ClosingPolicy = z.object({
  defaultMode: RoundMode.default('async'),
  deadlineDays: z.number().int().min(1).max(90).default(7),
  silence: SilenceRule.default('all-must-answer'),
  quorumPercent: z.number().int().min(1).max(100).nullable().default(null),
  /** Hours before an asynchronous round's deadline at which those still to answer are reminded, once; 0 sends no reminder. */
  closingSoonHours: z.number().int().min(0).max(168).default(24),
});
export type ClosingPolicy = z.infer<typeof ClosingPolicy>;

export const CirclePolicy = z.object({
  closing: ClosingPolicy.default(ClosingPolicy.parse({})),
  standAsideAllowed: z.boolean().default(true),
  /** Days before a review date on which the circle is reminded; 0 is the day itself. */
  reminderOffsetsDays: z.array(z.number().int().min(0).max(365)).min(1).max(5).default([14, 0]),
  defaultTermMonths: z.number().int().min(1).max(60).default(12),
  /** Research exports carry concern and objection texts only where the circle allows it. */
  shareFreeTextInExports: z.boolean().default(false),
  /** Whether reviews and meetings become events in the members' Outlook calendars (the iCalendar feed is always there). */
  calendarSync: z.boolean().default(true),
  /** The circle's regular meeting, if it has one. */
  meetingRhythm: MeetingRhythm.nullable().default(null),
});
export type CirclePolicy = z.infer<typeof CirclePolicy>;

export const defaultCirclePolicy: CirclePolicy = CirclePolicy.parse({});
