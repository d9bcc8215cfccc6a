import type { CalendarDate, LogbookPage, LogbookQuery, LogbookRow, PersonId } from '../../../shared';

/** Who reads the logbook: a person (undecided proposals of their own circles too) or a timer, which reads everything. */
export type LogbookReader = { readonly personId: PersonId } | 'everything';

/**
 * The logbook kept beside the records, written in the same transaction as the
 * records it shows, so a page is read without reading the records.
 */
export interface LogbookRepository {
  /**
   * One page newest first, read in storage; `unprojected` while the tenant's records
   * have not been projected yet, null when `after` cannot be a token handed out here.
   */
  page(tenantId: string, reader: LogbookReader, query: LogbookQuery, today: CalendarDate): Promise<LogbookPage | 'unprojected' | null>;
  /**
   * Projects the tenant again from its records: writes these rows and each person's
   * circles, removes logbook rows no longer there, then marks the tenant projected.
   */
  reproject(tenantId: string, rows: readonly LogbookRow[], memberships: ReadonlyMap<PersonId, readonly string[]>): Promise<void>;
}
