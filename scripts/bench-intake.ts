/**
 * `npm run bench:intake`: how much the stepped letter form asks. Screens (start page, the question steps
 * planned, "check your answers") and questions shown, from a blank start and after pasting each fixture letter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { emptyValues, type AppealFormValues } from '@/lib/appeal/form-values';
import { planSteps, STEP_FIELDS, visibleFields } from '@/lib/appeal/form/steps';
import { STATE_SET_WINDOW } from '@/lib/appeal/plans';
import { prefillFromLetter } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';

const index = getContent();
function measure(values: AppealFormValues) {
  const plan = planSteps(values);
  const questions = plan.steps.reduce(
    (n, s) => n + visibleFields(s, plan, values, { change: false, errors: {}, noticeDaysPlanTypes: STATE_SET_WINDOW }).length,
    0,
  );
  return { screens: plan.steps.length + 2, questions };
}
const dir = path.join(process.cwd(), 'tests/fixtures/denials');
const pasted = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f.slice(0, -4), ...measure(prefillFromLetter(emptyValues(), fs.readFileSync(path.join(dir, f), 'utf8'), index).values) }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const blank = measure(emptyValues());
console.log(`Questions on the one-page form: ${Object.values(STEP_FIELDS).flat().length}`);
console.log(`Blank start:      ${blank.screens} screens, ${blank.questions} questions`);
console.log(
  `After a paste (${pasted.length} letters): median ${median(pasted.map((p) => p.screens))} screens, ${median(pasted.map((p) => p.questions))} questions (fewest ${Math.min(...pasted.map((p) => p.questions))}, most ${Math.max(...pasted.map((p) => p.questions))})`,
);
const example = pasted.find((p) => p.name === 'anthem-keytruda-prior-authorization');
if (example) console.log(`  e.g. anthem-keytruda-prior-authorization: ${example.screens} screens, ${example.questions} questions`);
