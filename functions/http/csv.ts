/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const field = (value: unknown) => `"${(value === null || value === undefined ? '' : String(value)).replace(/"/g, '""')}"`;
  return [columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
