/**
 * A table in memory with the few calls of `TableClient` the stores make, for
 * rehearsing a decision's steps through the real store before its rows go to
 * Azurite in bulk. Holds one record's rows, so a query is read as the stores write
 * them: rows named by `RowKey eq` or `RowKey ge … and RowKey lt …` (any other
 * filter reads every row). ETags, creates and deletes answer as Table Storage does.
 */
import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';

type Entity = TableEntity<Record<string, unknown>>;

const refusal = (statusCode: number, message: string) => Object.assign(new Error(message), { statusCode });
const literal = `'((?:[^']|'')*)'`;
const unquote = (value: string) => value.replace(/''/g, "'");

/** Whether a row key is wanted by the filter, read as the stores write filters. */
function rowKeyTest(filter: string): (rowKey: string) => boolean {
  const exact = [...filter.matchAll(new RegExp(`RowKey eq ${literal}`, 'g'))].map((m) => unquote(m[1] as string));
  const ranges = [...filter.matchAll(new RegExp(`RowKey ge ${literal} and RowKey lt ${literal}`, 'g'))].map(
    (m) => [unquote(m[1] as string), unquote(m[2] as string)] as const,
  );
  if (exact.length === 0 && ranges.length === 0) return () => true;
  return (rowKey) => exact.includes(rowKey) || ranges.some(([from, to]) => rowKey >= from && rowKey < to);
}

export class MemoryTable {
  private readonly rows = new Map<string, { entity: Entity; etag: string }>();
  private version = 0;

  private stamp(entity: Entity): string {
    this.version += 1;
    const etag = `W/"rehearsed-${this.version}"`;
    this.rows.set(entity.rowKey, { entity: { ...entity }, etag });
    return etag;
  }

  /** Rows put in place before the rehearsal (the circle), without counting them as written. */
  preload(entity: Entity): void {
    this.stamp(entity);
  }

  /** Every row now held, as written (no ETag, no timestamp). */
  entities(): Entity[] {
    return [...this.rows.values()].map(({ entity }) => entity);
  }

  listEntities<T extends object>(
    options: { queryOptions?: { filter?: string } } = {},
  ): AsyncIterable<T & { etag: string; rowKey: string }> {
    const wanted = rowKeyTest(options.queryOptions?.filter ?? '');
    const found = [...this.rows.values()]
      .filter(({ entity }) => wanted(entity.rowKey))
      .sort((a, b) => (a.entity.rowKey < b.entity.rowKey ? -1 : 1));
    return (async function* () {
      for (const { entity, etag } of found) yield { ...entity, etag } as unknown as T & { etag: string; rowKey: string };
    })();
  }

  private check([kind, entity, , options]: readonly unknown[]): void {
    const { rowKey } = entity as Entity;
    const held = this.rows.get(rowKey);
    if (kind === 'create' && held) throw refusal(409, `${rowKey} exists`);
    if ((kind === 'update' || kind === 'delete') && !held) throw refusal(404, `${rowKey} does not exist`);
    const etag = (options as { etag?: string } | undefined)?.etag;
    if (kind === 'update' && etag !== undefined && etag !== '*' && held?.etag !== etag) throw refusal(412, `${rowKey} changed`);
  }

  private apply([kind, entity]: readonly unknown[]): string {
    const row = entity as Entity;
    if (kind === 'delete') {
      this.rows.delete(row.rowKey);
      return '';
    }
    return this.stamp(row);
  }

  async getEntity(_partitionKey: string, rowKey: string) {
    const held = this.rows.get(rowKey);
    if (!held) throw refusal(404, `${rowKey} does not exist`);
    return { ...held.entity, etag: held.etag };
  }

  async createEntity(entity: Entity) {
    this.check(['create', entity]);
    return { etag: this.apply(['create', entity]) };
  }

  async updateEntity(entity: Entity, _mode: string, options: { etag?: string } = {}) {
    this.check(['update', entity, 'Replace', options]);
    return { etag: this.apply(['update', entity]) };
  }

  async upsertEntity(entity: Entity) {
    return { etag: this.apply(['upsert', entity]) };
  }

  async submitTransaction(actions: readonly TransactionAction[]) {
    if (actions.length > 100) throw refusal(400, 'The batch request operation exceeds the maximum 100 changes per change set.');
    const keys = actions.map(([, entity]) => entity.rowKey);
    if (new Set(keys).size !== keys.length) throw refusal(400, 'An entity can appear only once in a batch.');
    for (const action of actions) this.check(action);
    // As Table Storage answers a batch: each row's ETag, in the order sent.
    const subResponses = actions.map((action) => ({ status: 204, rowKey: action[1].rowKey, etag: this.apply(action) }));
    return { status: 202, subResponses };
  }

  /** The store's view of it. */
  asClient(): TableClient {
    return this as unknown as TableClient;
  }
}
