/**
 * `npm run -s letter -- case.json [--format json|text|pdf|docx|ics] [--out FILE] [--today YYYY-MM-DD]`
 * Validates an appeal case and prints the letter. Exit codes: 0 ok, 1 invalid case, 2 bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appealCaseSchema } from '@/lib/appeal/case-schema';
import { composeLetter } from '@/lib/appeal/compose';
import { renderDocx } from '@/lib/appeal/render-docx';
import { renderIcs } from '@/lib/appeal/render-ics';
import { renderPdf } from '@/lib/appeal/render-pdf';
import { renderText } from '@/lib/appeal/render-text';
import { isIsoDate } from '@/lib/iso-date';

const FORMATS = ['json', 'text', 'pdf', 'docx', 'ics'];
const BINARY = ['pdf', 'docx'];
const USAGE = 'usage: npm run -s letter -- case.json [--format json|text|pdf|docx|ics] [--out FILE] [--today YYYY-MM-DD]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** The patient's calendar date, not UTC's: near midnight the two differ. */
function localToday(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

// `npm run` starts scripts in the package root; INIT_CWD is where the user typed the command.
const cwd = (process.env.npm_lifecycle_event === 'letter' && process.env.INIT_CWD) || process.cwd();

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' }, today: { type: 'string' } },
  });
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
const format = values.format ?? 'json';

if (positionals.length !== 1) fail(USAGE, 2);
if (!FORMATS.includes(format)) fail(`unknown format "${format}": choose ${FORMATS.join(', ')}\n${USAGE}`, 2);
if (BINARY.includes(format) && !values.out) fail(`--format ${format} writes a binary file: add --out FILE`, 2);
const today = values.today ?? localToday();
if (!isIsoDate(today)) fail(`--today must be a real date written as YYYY-MM-DD, not "${today}"`, 2);

const file = resolve(cwd, positionals[0]!);
let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  fail(`${positionals[0]}: ${err instanceof Error ? err.message : String(err)}`, 1);
}

const result = appealCaseSchema.safeParse(input);
if (!result.success) {
  for (const issue of result.error.issues) console.error(`${issue.path.map(String).join('.') || '(case)'}: ${issue.message}`);
  process.exit(1);
}

const c = result.data;
const letter = composeLetter(c, { today });
const text = renderText(letter, c);
const output: string | Buffer =
  format === 'text'
    ? text
    : format === 'pdf'
      ? await renderPdf(letter, c)
      : format === 'docx'
        ? await renderDocx(letter, c)
        : format === 'ics'
          ? renderIcs(letter)
          : `${JSON.stringify(
        {
          text,
          deadlines: letter.deadlines.map(({ label, date, citation }) => ({ label, date, citation })),
          citations: letter.citations,
          warnings: letter.warnings,
        },
        null,
        2,
      )}\n`;

if (values.out) writeFileSync(resolve(cwd, values.out), output);
else process.stdout.write(output);
