import { z } from 'zod';

/**
 * Identifiers are chosen by the caller (the shell makes them), so the core never
 * needs randomness. They must be usable as Table Storage keys once escaped.
 */
export const Id = z.string().trim().min(1, 'must not be empty').max(128, 'must be at most 128 characters');
export const PersonId = Id.describe('an Entra object id, or a guest id');
export const CircleId = Id.describe('a circle id');

export type Id = z.infer<typeof Id>;
export type PersonId = z.infer<typeof PersonId>;
export type CircleId = z.infer<typeof CircleId>;

/** A moment, always in UTC ("2026-11-21T09:30:00Z"). */
export const Instant = z.iso.datetime({ message: 'must be an ISO 8601 UTC date-time such as 2026-11-21T09:30:00Z' });
/** A calendar day ("2027-05-01"); review dates and terms are days, not moments. */
export const CalendarDate = z.iso.date({ message: 'must be a date such as 2027-05-01' });

export type Instant = z.infer<typeof Instant>;
export type CalendarDate = z.infer<typeof CalendarDate>;

export const ShortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const LongText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
