import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvFile, toCsv } from '../../../functions/http/csv';

/** The file as a spreadsheet receives it: bytes, read back by a real CSV parser. */
function readBack(csv: string): string[][] {
  const bytes = Buffer.from(csv, 'utf8');
  return parse(bytes, { bom: true, record_delimiter: '\r\n', relax_column_count: false });
}

const formulaStart = /^[ "]*[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20]/;

/** What a cell must read as: formula-looking text, at its start or after a semicolon, behind an apostrophe; the rest unchanged. */
const neutralised = (text: string) => {
  const inside = text.replace(/([;\n]|\r(?!\n))(?=[ "]*[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/g, "$1'");
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(inside) ? `'${inside}` : inside;
};

/** The file as Excel opens it where the list separator is a semicolon (France, Germany…): a cell ends at every `;` and line break, quotes or not. */
function semicolonCells(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|;/);
}

const hostile = [
  '=HYPERLINK("http://x")',
  "=cmd|' /C calc'!A0",
  '+1',
  '-2',
  '@SUM(A1)',
  '\tstarts with a tab',
  '\rstarts with a carriage return',
];
const awkward = ['Chloé', 'Zoë', '日本', 'She said "no"', 'one, two', 'line one\nline two', 'line one\r\nline two', ''];

describe('the one CSV writer', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads accents, and ends every line with CRLF', () => {
    const bytes = Buffer.from(toCsv(['name', 'circle'], [['Chloé', 'Finance']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('name,circle\r\nChloé,Finance\r\n');
  });

  it('neutralises every cell a spreadsheet would run as a formula with a leading apostrophe', () => {
    const rows = readBack(
      toCsv(
        ['cell'],
        hostile.map((text) => [text]),
      ),
    );
    expect(rows).toEqual([['cell'], ...hostile.map((text) => [`'${text}`])]);
    for (const [cell] of rows.slice(1)) expect(cell).toMatch(/^'/);
  });

  it('neutralises a formula that starts after a semicolon or a line break, where Excel splits cells at semicolons', () => {
    const texts = [
      'Budget;=1+1;approved',
      "Care;  =cmd|' /C calc'!A0",
      'Rota;@SUM(A1);+2;-3',
      'Fees;"=1+1"',
      'Line one\r\n=1+1',
      'Line one\n@A1\r+2',
      'a;b;c',
    ];
    const csv = toCsv(
      ['title', 'status'],
      texts.map((text) => [text, 'adopted']),
    );
    for (const cell of semicolonCells(csv)) expect(cell).not.toMatch(formulaStart);
    expect(
      readBack(csv)
        .slice(1)
        .map(([title]) => title),
    ).toEqual([
      "Budget;'=1+1;approved",
      "Care;'  =cmd|' /C calc'!A0",
      "Rota;'@SUM(A1);'+2;'-3",
      'Fees;\'"=1+1"',
      "Line one\r\n'=1+1",
      "Line one\n'@A1\r'+2",
      'a;b;c',
    ]);
  });

  it('keeps accents, quotes, commas and line breaks inside cells as they were written', () => {
    const rows = readBack(
      toCsv(
        ['a', 'b'],
        awkward.map((text) => [text, `${text}!`]),
      ),
    );
    expect(rows).toEqual([['a', 'b'], ...awkward.map((text) => [text, `${text}!`])]);
  });

  it('writes counts as numbers (a count is never a formula) and nothing as an empty cell', () => {
    expect(readBack(toCsv(['asked', 'decidedAt'], [[5, null]]))).toEqual([
      ['asked', 'decidedAt'],
      ['5', ''],
    ]);
  });

  it('whatever people write, every cell reads back as written, formula-looking ones behind an apostrophe', () => {
    const start = fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '"', ',', '\n', 'é', '＝', 'a;=', 'a\n@', 'a; "+');
    const cell = fc.tuple(start, fc.string({ unit: 'grapheme', maxLength: 20 })).map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (rows) => {
        const read = readBack(toCsv(['x', 'y', 'z'], rows));
        expect(read).toEqual([['x', 'y', 'z'], ...rows.map((row) => row.map(neutralised))]);
        for (const row of read) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });

  it('is served as a UTF-8 CSV download', () => {
    const response = csvFile('logbook.csv', ['date'], [['2026-11-21']]);
    expect(response.headers).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="logbook.csv"',
    });
  });
});
