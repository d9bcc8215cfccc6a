/**
 * `npm run bench`: the word diff of an amendment at the proposal text's limit
 * (20,000 characters). Each case runs in a fresh Node process so its peak memory
 * (max resident set growth) is its own; the time is the median of five runs,
 * the memory that of the first.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { wordDiff } from '../tab/lib/word-diff';

const limit = 20_000;
const vocabulary = [
  'rota',
  'weekend',
  'shifts',
  'carer',
  'family',
  'visit',
  'night',
  'cover',
  'handover',
  'notes',
  'the',
  'a',
  'of',
  'and',
  'to',
  'each',
  'week',
];
const otherVocabulary = ['budget', 'invoice', 'quarter', 'treasurer', 'reserve', 'grant', 'payroll', 'audit', 'ledger', 'refund'];

/** Deterministic words (a linear congruential generator), so every run diffs the same texts. */
function prose(words: readonly string[], seed: number, length = limit): string {
  let state = seed;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const word = words[state % words.length] as string;
    const end = state % 13 === 0 ? '.\n' : ' ';
    parts.push(word + end);
    size += word.length + end.length;
  }
  return parts.join('').slice(0, length);
}

/** A few sentences changed: three replaced near the start, middle and end of the text. */
function amended(text: string): string {
  const sentence = 'Night cover moves to the carer on call, who writes the handover notes.';
  const at = [0.1, 0.5, 0.9].map((share) => text.indexOf('.', Math.floor(text.length * share)) + 1);
  let result = text;
  for (const position of at.reverse()) result = `${result.slice(0, position)} ${sentence}${result.slice(position + sentence.length + 1)}`;
  return result.slice(0, limit);
}

const cases: Record<string, () => [string, string]> = {
  'a few sentences changed': () => {
    const before = prose(vocabulary, 7);
    return [before, amended(before)];
  },
  'every other sentence rewritten': () => {
    const before = prose(vocabulary, 7);
    const others = prose(otherVocabulary, 11).split('\n');
    return [
      before,
      before
        .split('\n')
        .map((line, i) => (i % 2 === 1 ? (others[i] ?? line) : line))
        .join('\n')
        .slice(0, limit),
    ];
  },
  'entirely rewritten, same words': () => [prose(vocabulary, 7), prose(vocabulary, 11)],
  'entirely rewritten, no word shared': () => [prose(vocabulary, 7), prose(otherVocabulary, 11)],
};

function measure(name: string): void {
  const [before, after] = (cases[name] as () => [string, string])();
  const baseline = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let parts = 0;
  let grown = 0;
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    parts = wordDiff(before, after).length;
    times.push(performance.now() - start);
    // The first run's peak: later runs add garbage the collector has not yet reclaimed.
    if (run === 0) grown = (process.resourceUsage().maxRSS - baseline) / 1024;
  }
  const median = [...times].sort((a, b) => a - b)[2] as number;
  console.log(
    `  ${name} (${before.length} → ${after.length} characters, ${parts} runs): ${median.toFixed(1)} ms median, peak memory +${grown.toFixed(0)} MB`,
  );
}

const only = process.argv[2];
if (only !== undefined) measure(only);
else {
  console.log('word diff of a 20,000-character amendment:');
  for (const name of Object.keys(cases)) execFileSync(process.execPath, [__filename, name], { stdio: 'inherit' });
}
