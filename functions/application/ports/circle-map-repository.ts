import type { CircleMapEntry } from '../../../shared';

/** The organisation's circle map as kept on write, with its settings. */
export interface KeptCircleMap {
  readonly entries: readonly CircleMapEntry[];
  /** More roles than this per person is flagged. */
  readonly roleLimit: number;
}

/**
 * The circle map kept beside the structure, written with each change of it, so the
 * map is read without reading any circle whole.
 */
export interface CircleMapRepository {
  /** Every circle's entry; `unprojected` while the tenant's map has not been kept yet. */
  map(tenantId: string): Promise<KeptCircleMap | 'unprojected'>;
}
