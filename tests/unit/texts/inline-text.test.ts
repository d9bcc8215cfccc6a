import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { inlineTexts } from '../../support/inline-text';

const root = join(__dirname, '..', '..', '..');

/**
 * Where a person's words are written: the tab, the bot and its cards, the calendar
 * entries, the API's refusals and the core. Not the dev host's console, the demo's
 * seed data, storage's internal faults, sign-in's token checks or the OpenAPI
 * document (read by developers), nor the catalogues themselves.
 */
const spoken = /^(tab|shared|functions\/(bot|calendar|timers|http|application|graph))\/.+\.tsx?$/;
const unspoken = /^(shared\/texts\/|functions\/http\/openapi\.ts$)/;

const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => spoken.test(file) && !unspoken.test(file));

describe('no text is written into the code', () => {
  it('every word a person reads comes from a catalogue', () => {
    const found = files.flatMap((file) => inlineTexts(join(root, file), file));
    expect(found.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });

  it('finds JSX text, a text attribute and a sentence in a string, not a log line or a class name', () => {
    const sample = join(root, 'tests', 'unit', 'texts', 'inline-sample.tsx.txt');
    const found = inlineTexts(sample, 'sample.tsx').map(({ text }) => text);
    expect(found).toEqual(['Add a member', 'Search people', 'Nothing awaits you.', 'The round is open']);
  });

  it('skips what developers read (logs, errors, route summaries, headers, units, paths, keys, styles, URLs), not the reader’s text', () => {
    const sample = join(root, 'tests', 'unit', 'texts', 'developer-sample.ts.txt');
    const found = inlineTexts(sample, 'sample.ts').map(({ text }) => text);
    expect(found).toEqual([
      'The directory cannot be reached just now.',
      'Welcome to the circle.',
      'Something went wrong on our side.',
      'The circle’s aim, as it consented to it.',
      'Bearer ${…}',
      'Review: ${…}',
      '${…} joined the circle.',
      '${…} term of ${…}',
      '- ${…} (${…} min)',
    ]);
  });
});
