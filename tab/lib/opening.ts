/**
 * What a link asks the tab to open: a circle, or a proposal, selection or meeting in it.
 * Links from calendar events and cards carry it as `?open=` outside Teams and as
 * the deep link's sub-page id inside Teams, written by `openingOf` and `recordLink` in the functions.
 */
export type Opening =
  | { readonly kind: 'circle'; readonly circleId: string }
  | { readonly kind: 'proposal' | 'selection' | 'meeting'; readonly circleId: string; readonly id: string };

type RecordKind = Exclude<Opening['kind'], 'circle'>;
const recordKinds: readonly string[] = ['proposal', 'selection', 'meeting'] satisfies RecordKind[];
const isRecordKind = (kind: string | undefined): kind is RecordKind => kind !== undefined && recordKinds.includes(kind);

export function parseOpening(value: string | null | undefined): Opening | null {
  if (!value) return null;
  const parts = value.split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return '';
    }
  });
  const [kind, circleId, id] = parts;
  if (!circleId || parts.some((part) => part === '')) return null;
  if (kind === 'circle' && parts.length === 2) return { kind, circleId };
  if (isRecordKind(kind) && id && parts.length === 3) return { kind, circleId, id };
  return null;
}
