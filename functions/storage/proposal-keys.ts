import { key } from './keys';

/** A proposal's rows: one header, and one row per member and revision of a running round. */
export const headerKey = (proposalId: string) => key('proposal', proposalId, 'header');
export const revisionPart = (revision: number) => String(revision).padStart(5, '0');
export const memberRowKey = (proposalId: string, revision: number, personId: string) =>
  key('proposal', proposalId, 'member', personId, revisionPart(revision));
