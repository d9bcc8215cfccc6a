import type { Result } from '../../shared';
import { fail } from '../../shared';
import type { CircleListingRepository } from './ports/circle-listing-repository';
import type { InboxRepository } from './ports/inbox-repository';
import type { LogbookPorts } from './read-logbook';

/** What reading a circle's lists needs: the lists, the caller's inbox, and the records to project again a tenant whose records predate them. */
export interface ListingPorts extends LogbookPorts {
  readonly listings: CircleListingRepository;
  readonly inbox: InboxRepository;
}

/** Why a page was refused: its token was not handed out here. */
export const tokenRefused = <T>(): Result<T> => fail('invalid-input', 'pageTokenRefused', 'query.after');

/** Why a circle's list was refused: there is no such circle. */
export const noCircle = <T>(circleId: string): Result<T> => fail('not-found', { key: 'noCircle', values: { circleId } }, 'circleId');
