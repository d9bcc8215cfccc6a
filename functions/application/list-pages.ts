import type { Result } from '../../shared';
import { fail } from '../../shared';
import type { CircleListingRepository, ListingPage } from './ports/circle-listing-repository';
import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/** What reading a circle's lists needs: the lists, and the records to list again a tenant whose records predate them. */
export interface ListingPorts extends LogbookPorts {
  readonly listings: CircleListingRepository;
}

/**
 * A page of a circle's list; a tenant whose records predate the lists is projected
 * first (once), and null stays null: a token not handed out here.
 */
export async function listedPage<T>(ports: ListingPorts, tenantId: string, read: () => Promise<ListingPage<T> | 'unprojected' | null>): Promise<ListingPage<T> | null> {
  const page = await read();
  if (page !== 'unprojected') return page;
  await reprojectLogbook(ports, tenantId);
  const again = await read();
  if (again === 'unprojected') throw new Error(`The lists of tenant ${tenantId} were projected but their marker is missing.`);
  return again;
}

/** Why a page was refused: its token was not handed out here. */
export const tokenRefused = <T>(): Result<T> => fail('invalid-input', 'Use the `next` of the page before, as it was given.', 'query.after');

/** Why a circle's list was refused: there is no such circle. */
export const noCircle = <T>(circleId: string): Result<T> => fail('not-found', `There is no circle “${circleId}”.`, 'circleId');
