import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Circle, Proposal, Result } from '../../shared';
import { Circle as CircleSchema, Proposal as ProposalSchema } from '../../shared';
import type {
  LoadedProposal,
  MemberRow,
  ProposalRepository,
  ProposalStep,
  Readiness,
  SavedProposal,
  StoredHeader,
} from '../application/ports/proposal-repository';
import type { TeamsUser } from '../application/ports/conversation-repository';
import { readiness, saveStep } from './closing-fence';
import { fromProperties, toProperties } from './entity-codec';
import { eventCountOf, eventCountProperty, eventRowKey, sequencePart } from './event-rows';
import { governancePartition, key, quoted, rowsUnder } from './keys';
import { teamsUserAction } from './conversation-store';
import { inboxActions } from './inbox-projection';
import { proposalHealthActions } from './health-projection';
import { openProposalActions } from './open-proposal-projection';
import { decisionActions, submitWithLogbook } from './logbook-projection';
import { headerKey, memberRowKey, revisionPart } from './proposal-keys';
import { joinProposal } from './proposal-rows';
import type { EventStream, ProposalRows, Write } from './proposal-writes';
import { alreadyApplied } from './proposal-writes';
import { isConflict, pointRead } from './table-storage';

/** The proposal as the core knows it, from what was loaded (none when it has no header yet). */
export function proposalFrom(loaded: LoadedProposal): Proposal | null {
  if (!loaded.header) return null;
  return joinProposal(
    loaded.header.proposal,
    [...loaded.rows.values()].map((stored) => stored.row),
  );
}

/** Proposals live in the tenant's partition beside the circles, one header row and one row per member and revision. */
export class ProposalStore implements ProposalRepository, ProposalRows {
  constructor(private readonly table: TableClient) {}

  /**
   * One query: the circle's row and the proposal's rows; with `onlyMember`, just the
   * header and that member's own rows, which is all an answer needs (a large
   * circle's other thousand rows stay unread).
   */
  async load(tenantId: string, circleId: string, proposalId: string, onlyMember?: string): Promise<LoadedProposal> {
    const proposalRows =
      onlyMember === undefined
        ? rowsUnder(key('proposal', proposalId))
        : `RowKey eq ${quoted(headerKey(proposalId))} or ${rowsUnder(key('proposal', proposalId, 'member', onlyMember))}`;
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and (RowKey eq ${quoted(key('circle', circleId))} or ${proposalRows})`;
    let circle: Circle | null = null;
    let header: LoadedProposal['header'] = null;
    const rows = new Map<string, { row: MemberRow & { operations: readonly string[] }; etag: string; eventCount: number }>();
    for await (const entity of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const rowKey = entity.rowKey as string;
      const value = fromProperties(entity) as Record<string, unknown>;
      if (rowKey === key('circle', circleId)) circle = CircleSchema.parse(value);
      else if (rowKey === headerKey(proposalId)) {
        header = {
          proposal: ProposalSchema.parse(value.proposal),
          closingSince: (value.closingSince as string | null) ?? null,
          operations: (value.operations as string[]) ?? [],
          etag: entity.etag,
          eventCount: eventCountOf(entity),
        };
      } else
        rows.set(rowKey, {
          row: value as unknown as MemberRow & { operations: string[] },
          etag: entity.etag,
          eventCount: eventCountOf(entity),
        });
    }
    return { tenantId, circle, header, rows };
  }

  proposalOf(loaded: LoadedProposal): Proposal | null {
    return proposalFrom(loaded);
  }

  applied(loaded: LoadedProposal, operationId: string | undefined): boolean {
    return alreadyApplied(loaded, operationId);
  }

  readiness(loaded: LoadedProposal, proposalId: string, now: string): Promise<Readiness> {
    return readiness(this, loaded, proposalId, now);
  }

  save(loaded: LoadedProposal, step: ProposalStep): Promise<Result<SavedProposal> | 'conflict'> {
    return saveStep(this, loaded, step);
  }

  /** Every proposal of a tenant, for reviews, health and the logbook: one query (paged by the SDK). */
  async loadAll(tenantId: string): Promise<Proposal[]> {
    const headers = new Map<string, Proposal>();
    const rows = new Map<string, MemberRow[]>();
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder('proposal')}`;
    for await (const entity of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const [, proposalId = '', kind] = (entity.rowKey as string).split('|');
      const value = fromProperties(entity) as Record<string, unknown>;
      if (kind === 'header') headers.set(proposalId, ProposalSchema.parse(value.proposal));
      else rows.set(proposalId, [...(rows.get(proposalId) ?? []), value as unknown as MemberRow]);
    }
    return [...headers.entries()].map(([proposalId, header]) => joinProposal(header, rows.get(proposalId) ?? []));
  }

  async header(tenantId: string, proposalId: string): Promise<Proposal | null> {
    const row = await pointRead(this.table, governancePartition(tenantId), headerKey(proposalId));
    return row ? ProposalSchema.parse((fromProperties(row) as { proposal: unknown }).proposal) : null;
  }

  headerWrite(proposalId: string, header: StoredHeader, etag: string | undefined, eventCount: number, logbook?: Proposal): Write {
    return { rowKey: headerKey(proposalId), value: header, etag, eventCount, ...(logbook === undefined ? {} : { logbook }) };
  }

  memberWrite(proposalId: string, row: MemberRow, operations: readonly string[], etag: string | undefined, eventCount: number): Write {
    return { rowKey: memberRowKey(proposalId, row.revision, row.personId), value: { ...row, operations }, etag, eventCount };
  }

  /**
   * The row of one command's events, created beside the write of the stream's row
   * (which counts `sequence`). Keys sort by time first, as answers on member rows
   * and steps on the header are counted apart; the stream and sequence make each unique.
   */
  eventWrite(proposalId: string, stream: EventStream, sequence: number, now: string, events: readonly unknown[]): Write {
    const streamParts = stream.kind === 'header' ? ['header'] : ['member', stream.personId, revisionPart(stream.revision)];
    return {
      rowKey: eventRowKey('proposal', proposalId, [now, ...streamParts, sequencePart(sequence)]),
      value: { events },
      etag: undefined,
    };
  }

  async fence(tenantId: string, writes: readonly Write[]): Promise<Map<string, string> | null> {
    const partitionKey = governancePartition(tenantId);
    const actions = writes.map((write): TransactionAction => {
      const entity = {
        partitionKey,
        rowKey: write.rowKey,
        ...toProperties(write.value),
        ...(write.eventCount === undefined ? {} : { [eventCountProperty]: write.eventCount }),
      };
      return write.etag === undefined ? ['create', entity] : ['update', entity, 'Replace', { etag: write.etag }];
    });
    try {
      const { subResponses } = await this.table.submitTransaction(actions);
      // Sub-responses come in the order the rows were sent.
      return new Map(writes.map((write, i) => [write.rowKey, subResponses[i]?.etag ?? '']));
    } catch (error) {
      if (isConflict(error)) return null;
      throw error;
    }
  }

  /**
   * Writes rows of one proposal atomically, each guarded by the ETag it was read
   * with (or created when new), with the logbook entry of a header that carries the
   * whole proposal and the inbox rows of those the step starts or stops awaiting,
   * and the circle's health rows (`health-projection.ts`; deciding reads its tally first).
   * Returns the new ETag of a single row written alone (a transaction
   * returns none), or null when another writer changed one of them first.
   */
  async write(tenantId: string, writes: readonly Write[], teamsUser?: TeamsUser): Promise<Map<string, string> | null> {
    const partitionKey = governancePartition(tenantId);
    const entityOf = (write: Write) => ({
      partitionKey,
      rowKey: write.rowKey,
      ...toProperties(write.value),
      ...(write.eventCount === undefined ? {} : { [eventCountProperty]: write.eventCount }),
    });
    try {
      const logbook = writes.flatMap((write) => [
        ...(write.logbook === undefined ? [] : decisionActions(partitionKey, write.logbook)),
        ...(write.inbox === undefined ? [] : inboxActions(partitionKey, write.inbox.before, write.inbox.after)),
      ]);
      const user = teamsUser ? [teamsUserAction(partitionKey, teamsUser)] : [];
      const changedObjections = writes.flatMap((write) =>
        write.objectionsOf ? [{ ...write.objectionsOf, row: write.value as MemberRow }] : [],
      );
      const whole = writes.find((write) => write.logbook)?.logbook;
      const members = writes.flatMap((write) => (write.memberOf ? [{ ...write.memberOf, row: write.value as MemberRow }] : []));
      const [health, open] = await Promise.all([
        proposalHealthActions(this.table, partitionKey, whole, changedObjections),
        openProposalActions(this.table, partitionKey, whole, members),
      ]);
      if (writes.length === 1 && logbook.length === 0 && user.length === 0 && health.length === 0 && open.length === 0) {
        const [only] = writes as [Write];
        const response =
          only.etag === undefined
            ? await this.table.createEntity(entityOf(only))
            : await this.table.updateEntity(entityOf(only), 'Replace', { etag: only.etag });
        return new Map([[only.rowKey, response.etag ?? '']]);
      }
      const actions = writes.map((write) =>
        write.etag === undefined
          ? (['create', entityOf(write)] as const)
          : (['update', entityOf(write), 'Replace', { etag: write.etag }] as const),
      );
      await submitWithLogbook(this.table, [
        ...(actions.map((action) => [...action]) as TransactionAction[]),
        ...user,
        ...logbook,
        ...health,
        ...open,
      ]);
      return new Map();
    } catch (error) {
      if (isConflict(error)) return null;
      throw error;
    }
  }
}
