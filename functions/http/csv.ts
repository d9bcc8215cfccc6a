import type { HttpResponseInit } from '@azure/functions';
import { stringify } from 'csv-stringify/sync';

/** What a CSV cell holds: text, a count, or nothing. */
export type CsvCell = string | number | null;

/**
 * The app's one CSV writer (the tab downloads its CSV from the API too). A
 * byte-order mark, because Excel reads UTF-8 without it as a legacy code page and
 * garbles "Chloé"; CRLF line ends (RFC 4180); fields quoted where they must be.
 * A cell a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`,
 * tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV
 * injection: people's titles and concerns end up in these files.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([[...columns], ...rows.map((row) => [...row])], { bom: true, record_delimiter: 'windows', escape_formulas: true });
}

/** A CSV download as the response to a GET. */
export function csvFile(fileName: string, columns: readonly string[], rows: readonly (readonly CsvCell[])[]): HttpResponseInit {
  return {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` },
    body: toCsv(columns, rows),
  };
}
