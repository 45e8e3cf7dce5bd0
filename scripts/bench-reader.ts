/**
 * `npm run bench:reader`: the denial reader over every fixture letter in tests/fixtures/denials, per field:
 * filled right, filled wrong, left empty, rightly absent; then whole letters fully right. Exits 1 on any
 * wrong value, which is the number that must stay at zero.
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogFromContent } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';
import { readDenialLetter } from '@/lib/denial-reader';
import { expectationSchema, scoreReading, SCORED_FIELDS, type FieldScore, type Verdict } from '@/lib/denial-reader/score';

const dirArg = process.argv.indexOf('--dir');
const dir = path.resolve(dirArg > 0 ? process.argv[dirArg + 1]! : 'tests/fixtures/denials');
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const catalog = catalogFromContent(getContent());

const tally = new Map(SCORED_FIELDS.map((f) => [f, { right: 0, wrong: 0, empty: 0, absent: 0 } as Record<Verdict, number>]));
const wrongs: { name: string; score: FieldScore }[] = [];
const empties: { name: string; score: FieldScore }[] = [];
let fullyRight = 0;
const started = performance.now();
for (const name of names) {
  const expected = expectationSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')));
  const reading = readDenialLetter(fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'), catalog);
  const scores = scoreReading(expected, reading);
  for (const s of scores) {
    tally.get(s.field)![s.verdict]++;
    if (s.verdict === 'wrong') wrongs.push({ name, score: s });
    if (s.verdict === 'empty') empties.push({ name, score: s });
  }
  if (scores.every((s) => s.verdict === 'right' || s.verdict === 'absent')) fullyRight++;
}
const ms = performance.now() - started;

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`Denial reader over ${names.length} fixture letters in ${path.relative(process.cwd(), dir)} (${ms.toFixed(0)} ms)\n`);
console.log(`${'field'.padEnd(16)}${pad('right', 7)}${pad('wrong', 7)}${pad('empty', 7)}${pad('absent', 8)}`);
for (const [field, t] of tally) console.log(`${field.padEnd(16)}${pad(t.right, 7)}${pad(t.wrong, 7)}${pad(t.empty, 7)}${pad(t.absent, 8)}`);
const total = [...tally.values()].reduce(
  (a, t) => ({ right: a.right + t.right, wrong: a.wrong + t.wrong, empty: a.empty + t.empty, absent: a.absent + t.absent }),
  { right: 0, wrong: 0, empty: 0, absent: 0 },
);
console.log(`${'all fields'.padEnd(16)}${pad(total.right, 7)}${pad(total.wrong, 7)}${pad(total.empty, 7)}${pad(total.absent, 8)}`);
console.log(`\nWhole letters fully right: ${fullyRight} of ${names.length}`);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 140);
if (process.argv.includes('--empty')) for (const { name, score } of empties) console.log(`  empty  ${name}: ${score.field} (expected ${show(score.expected)})`);
if (wrongs.length) {
  console.log(`\nWrong values (${wrongs.length}):`);
  for (const { name, score } of wrongs) console.log(`  ${name}: ${score.field} read ${show(score.read)}, expected ${show(score.expected)}`);
  process.exitCode = 1;
} else console.log('Wrong values: 0');
