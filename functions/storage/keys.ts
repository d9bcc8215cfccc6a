/**
 * Table Storage forbids `/ \ # ?` and control characters in PartitionKey and
 * RowKey. Ids come from Teams and Entra (and from users, for circles), so every key
 * part is escaped: `%` and the forbidden characters become `%XX`, which keeps keys
 * readable, reversible and sortable by their unescaped prefix.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Table Storage refuses control characters in keys, so they are escaped
const forbidden = /[%/\\#?\u0000-\u001f\u007f-\u009f|]/g;

export function escapeKey(part: string): string {
  return part.replace(forbidden, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

export function unescapeKey(part: string): string {
  return part.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Joins escaped parts with `|`, which escaping keeps out of the parts themselves. */
export function key(...parts: readonly string[]): string {
  return parts.map(escapeKey).join('|');
}

/** Every governance record of a tenant lives in one partition, so related rows change in one transaction. */
export function governancePartition(tenantId: string): string {
  return key(tenantId, 'governance');
}

/** An OData string literal. */
export function quoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Rows whose key starts with `prefix|`: escaped parts never contain `|`, and `}` sorts right after it. */
export function rowsUnder(prefix: string): string {
  return `(RowKey ge ${quoted(`${prefix}|`)} and RowKey lt ${quoted(`${prefix}}`)})`;
}

/** Characters escaped keys never hold: a page token decoding to any of them was not handed out here. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters Table Storage refuses in keys
const notInKeys = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

/**
 * Where a page resumes: the rest of the last key read, after its range's prefix, as
 * the page token (`after`) names it ('' for the first page); null when the token is
 * not the base64url of such a rest, so was not handed out here.
 */
export function resumeKey(after: string | undefined): string | null {
  if (after === undefined) return '';
  const rest = Buffer.from(after, 'base64url').toString();
  return notInKeys.test(rest) || Buffer.from(rest).toString('base64url') !== after ? null : rest;
}

/** The page token that resumes after `rowKey`, a key of the range `prefix|…`. */
export const pageToken = (prefix: string, rowKey: string) => Buffer.from(rowKey.slice(prefix.length + 1)).toString('base64url');
