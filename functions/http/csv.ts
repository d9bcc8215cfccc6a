import type { HttpResponseInit } from '@azure/functions';
import { stringify } from 'csv-stringify/sync';

/** What a CSV cell holds: text, a count, or nothing. */
export type CsvCell = string | number | null;

/**
 * Excel where the list separator is `;` (France, Germany…) ends a cell at every `;`
 * and a row at every line break, inside quotes too: text after one starts a cell of
 * its own, so a formula there gets its apostrophe as well.
 */
const formulaAfterBreak = /([;\n]|\r(?!\n))(?=[ "]*[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/g;

const neutralised = (cell: CsvCell): CsvCell => (typeof cell === 'string' ? cell.replace(formulaAfterBreak, "$1'") : cell);

/**
 * The app's one CSV writer (the tab downloads its CSV from the API too). A
 * byte-order mark, because Excel reads UTF-8 without it as a legacy code page and
 * garbles "Chloé"; CRLF line ends (RFC 4180); fields quoted where they must be.
 * A cell a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`,
 * tab or carriage return), or that would after a `;` or line break, gets an
 * apostrophe, as OWASP advises against CSV injection: people's titles and concerns
 * end up in these files.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([[...columns], ...rows.map((row) => row.map(neutralised))], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}

/** A CSV download as the response to a GET. */
export function csvFile(fileName: string, columns: readonly string[], rows: readonly (readonly CsvCell[])[]): HttpResponseInit {
  return {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` },
    body: toCsv(columns, rows),
  };
}
