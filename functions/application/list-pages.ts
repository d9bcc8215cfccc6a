import type { Result } from '../../shared';
import { fail } from '../../shared';
import type { CircleListingRepository } from './ports/circle-listing-repository';
import type { InboxRepository } from './ports/inbox-repository';
import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/** What reading a circle's lists needs: the lists, the caller's inbox, and the records to project again a tenant whose records predate them. */
export interface ListingPorts extends LogbookPorts {
  readonly listings: CircleListingRepository;
  readonly inbox: InboxRepository;
}

/** A read of rows kept beside the records; a tenant whose records predate them is projected first (once). */
export async function keptRead<T>(ports: ListingPorts, tenantId: string, read: () => Promise<T | 'unprojected'>): Promise<T> {
  const kept = await read();
  if (kept !== 'unprojected') return kept;
  await reprojectLogbook(ports, tenantId);
  const again = await read();
  if (again === 'unprojected') throw new Error(`The rows kept for tenant ${tenantId} were projected but their marker is missing.`);
  return again;
}

/** Why a page was refused: its token was not handed out here. */
export const tokenRefused = <T>(): Result<T> => fail('invalid-input', 'Use the `next` of the page before, as it was given.', 'query.after');

/** Why a circle's list was refused: there is no such circle. */
export const noCircle = <T>(circleId: string): Result<T> => fail('not-found', `There is no circle “${circleId}”.`, 'circleId');

/** A page of a circle's list, read as any rows kept beside the records are. */
export const listedPage = keptRead;
