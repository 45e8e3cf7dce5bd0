/**
 * `npm run -s letter -- case.json [--document KIND] [--format json|text|pdf|docx|ics] [--out FILE] [--today YYYY-MM-DD]`
 * Validates an appeal case (and its `journey`, if any) and prints the document. Exit codes: 0 ok, 1 invalid
 * case or a document the case cannot have yet, 2 bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appealCaseSchema, plausibleDateErrors } from '@/lib/appeal/case-schema';
import { composeDocument, DOCUMENT_KINDS, isDocumentKind } from '@/lib/appeal/documents';
import { cliJourneySchema, emptyJourney } from '@/lib/appeal/journey';
import { FORMATS, isFormat, renderFormat } from '@/lib/appeal/render';
import { renderText } from '@/lib/appeal/render-text';
import { localTimeZone, patientToday } from '@/lib/appeal/today';
import { isIsoDate } from '@/lib/iso-date';

const CLI_FORMATS = ['json', 'text', 'pdf', 'docx', 'ics'];
const USAGE = `usage: npm run -s letter -- case.json [--document ${DOCUMENT_KINDS.join('|')}] [--format ${CLI_FORMATS.join('|')}] [--out FILE] [--today YYYY-MM-DD]`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

// `npm run` starts scripts in the package root; INIT_CWD is where the user typed the command.
const cwd = (process.env.npm_lifecycle_event === 'letter' && process.env.INIT_CWD) || process.cwd();

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      document: { type: 'string', default: 'appeal' },
      out: { type: 'string' },
      today: { type: 'string' },
    },
  });
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
const format = values.format ?? 'json';
const kind = values.document ?? 'appeal';

if (positionals.length !== 1) fail(USAGE, 2);
if (!CLI_FORMATS.includes(format)) fail(`unknown format "${format}": choose ${CLI_FORMATS.join(', ')}\n${USAGE}`, 2);
if (!isDocumentKind(kind)) fail(`unknown document "${kind}": choose ${DOCUMENT_KINDS.join(', ')}\n${USAGE}`, 2);
const fileFormat = format === 'text' ? 'txt' : format;
if (isFormat(fileFormat) && FORMATS[fileFormat].binary && !values.out) fail(`--format ${format} writes a binary file: add --out FILE`, 2);
// The patient's calendar date where they type the command; `--today` fixes it.
const today = values.today ?? patientToday(localTimeZone());
if (!isIsoDate(today)) fail(`--today must be a real date written as YYYY-MM-DD, not "${today}"`, 2);

const file = resolve(cwd, positionals[0]!);
let input: { journey?: unknown } & Record<string, unknown>;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  fail(`${positionals[0]}: ${err instanceof Error ? err.message : String(err)}`, 1);
}

const { journey: rawJourney, ...rawCase } = input;
const caseResult = appealCaseSchema.safeParse(rawCase);
const journeyResult = rawJourney === undefined ? { success: true as const, data: emptyJourney() } : cliJourneySchema.safeParse(rawJourney);
if (!caseResult.success || !journeyResult.success) {
  for (const issue of caseResult.error?.issues ?? []) console.error(`${issue.path.map(String).join('.') || '(case)'}: ${issue.message}`);
  for (const issue of journeyResult.error?.issues ?? []) console.error(`journey.${issue.path.map(String).join('.')}: ${issue.message}`);
  process.exit(1);
}

const c = caseResult.data;
const implausible = Object.entries(plausibleDateErrors(c, today));
if (implausible.length) {
  for (const [field, message] of implausible) console.error(`${field}: ${message}`);
  process.exit(1);
}
const result = composeDocument(kind, { case: c, journey: journeyResult.data }, { today });
if ('unavailable' in result) fail(`${kind}: ${result.unavailable}`, 1);
const { letter } = result;

const output: string | Uint8Array =
  format === 'json'
    ? `${JSON.stringify(
        {
          text: renderText(letter, c),
          deadlines: letter.deadlines.map(({ id, label, date, citation }) => ({ id, label, date, citation })),
          citations: letter.citations,
          warnings: letter.warnings,
        },
        null,
        2,
      )}\n`
    : await renderFormat(fileFormat as keyof typeof FORMATS, letter, c);

if (values.out) writeFileSync(resolve(cwd, values.out), output);
else process.stdout.write(output);
