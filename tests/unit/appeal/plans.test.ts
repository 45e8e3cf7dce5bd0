import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appealCaseSchema } from '@/lib/appeal/case-schema';
import { PLAN_RULES, PLAN_TYPES, rulesFor } from '@/lib/appeal/plans';
import * as C from '@/lib/appeal/plans/citations';
import { windowWords } from '@/lib/appeal/plans/describe';
import { RULE_ENTRIES, ruleEntry } from '@/lib/appeal/plans/entries';
import { finderStep, QUESTIONS } from '@/lib/appeal/plans/finder';
import { OTHER_PLAN_ANSWER, UNSUPPORTED_PLANS, unsupportedAnswer } from '@/lib/appeal/plans/unsupported';

const LIB = fileURLToPath(new URL('../../../lib/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one place for every rule', () => {
  const sources = files(LIB).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it.each(Object.entries(C))('%s is written once under lib/, in citations.ts', (_name, citation) => {
    const where = sources.filter((s) => s.text.includes(`'${citation}'`) || s.text.includes(`\`${citation}\``) || s.text.includes(`"${citation}"`));
    expect(where.map((s) => s.path.replace(LIB, ''))).toEqual(['appeal/plans/citations.ts']);
  });

  it('no file outside the plan-rules module writes a CFR or U.S.C. citation', () => {
    const outside = sources.filter((s) => !s.path.includes('/appeal/plans/') && /\d+ (CFR|U\.S\.C\.) \d/.test(s.text));
    expect(outside.map((s) => s.path.replace(LIB, ''))).toEqual([]);
  });

  it('every plan type has a label, a regulator, a filing window with a citation and a certainty', () => {
    for (const type of PLAN_TYPES) {
      const r = PLAN_RULES[type];
      expect(r.type).toBe(type);
      expect(r.label && r.recognize && r.regulator && r.appealName && r.decisionName).toBeTruthy();
      expect(r.appealWindow.citation).toBeTruthy();
      expect(['verified', 'secondary', 'unconfirmed']).toContain(r.appealWindow.certainty);
      expect(ruleEntry(`${type}.appeal-window`)).toBeDefined();
    }
  });

  it('rule keys are unique, and the next-level alias resolves to the first level', () => {
    expect(new Set(RULE_ENTRIES.map((e) => e.key)).size).toBe(RULE_ENTRIES.length);
    expect(ruleEntry('medicare-part-d.next-level-window')?.key).toBe('medicare-part-d.ire-window');
    expect(ruleEntry('employer.next-level-window')?.key).toBe('employer.external-review-window');
    expect(ruleEntry('nope.appeal-window')).toBeUndefined();
  });

  it('a window the state sets shows the federal figure only as a bound', () => {
    expect(windowWords(PLAN_RULES['medicaid-fee-for-service'].appealWindow)).toBe(
      'the deadline your state sets, which the notice must give you (the federal rule allows at most 90 days from the date the notice was mailed; your state may allow less)',
    );
    expect(PLAN_RULES.chip.appealWindow.span).toBeNull();
  });

  it('TRICARE medical-necessity and authorization denials take the 199.15 track', () => {
    expect(rulesFor('tricare', 'medical-necessity').appealWindow.citation).toBe(C.TRICARE_MEDICAL_NECESSITY);
    expect(rulesFor('tricare', 'prior-authorization').nextLevels[0]?.id).toBe('second-reconsideration');
    expect(rulesFor('tricare', 'non-formulary').nextLevels[0]?.id).toBe('formal-review');
  });
});

describe('plan types we do not draft for', () => {
  it.each(Object.entries(UNSUPPORTED_PLANS))('%s gets its own answer, from the schema too', (slug, { answer }) => {
    expect(unsupportedAnswer(slug)).toBe(answer);
    const r = appealCaseSchema.safeParse({ planType: slug });
    expect(r.success).toBe(false);
    expect(r.error!.issues.find((i) => i.path[0] === 'planType')?.message).toBe(answer);
  });

  it('anything else gets the general answer, and a supported type none', () => {
    expect(unsupportedAnswer('workers-comp')).toBe(OTHER_PLAN_ANSWER);
    for (const type of PLAN_TYPES) expect(unsupportedAnswer(type)).toBeUndefined();
  });
});

describe('find your plan type', () => {
  const result = (answers: Record<string, string>) => {
    const step = finderStep(answers);
    if (!('result' in step)) throw new Error(`still asking ${step.question.id}`);
    return step.result;
  };

  it.each([
    [{ coverage: 'private-employer', grandfathered: 'no' }, 'employer'],
    [{ coverage: 'private-employer', grandfathered: 'yes' }, 'grandfathered'],
    [{ coverage: 'private-employer', grandfathered: 'unsure' }, 'employer'],
    [{ coverage: 'government-employer', grandfathered: 'no' }, 'government-employer'],
    [{ coverage: 'church', churchElection: 'no', grandfathered: 'no' }, 'church'],
    [{ coverage: 'church', churchElection: 'yes', grandfathered: 'no' }, 'employer'],
    [{ coverage: 'federal' }, 'fehb'],
    [{ coverage: 'individual', grandfathered: 'no' }, 'individual'],
    [{ coverage: 'medicare-card', medicareCard: 'medicare' }, 'original-medicare'],
    [{ coverage: 'medicare-card', medicareCard: 'part-d' }, 'medicare-part-d'],
    [{ coverage: 'medicare-plan', medicarePlan: 'service' }, 'medicare-advantage'],
    [{ coverage: 'medicare-plan', medicarePlan: 'pharmacy-drug' }, 'medicare-part-d'],
    [{ coverage: 'medicaid-chip', program: 'medicaid', medicaidPlan: 'plan' }, 'medicaid'],
    [{ coverage: 'medicaid-chip', program: 'medicaid', medicaidPlan: 'state' }, 'medicaid-fee-for-service'],
    [{ coverage: 'medicaid-chip', program: 'chip' }, 'chip'],
    [{ coverage: 'military' }, 'tricare'],
  ] as const)('%o → %s, with the reason shown', (answers, planType) => {
    const r = result(answers);
    expect(r.planType).toBe(planType);
    expect(r.why.length).toBeGreaterThan(20);
  });

  it.each([
    [{ coverage: 'government-employer', grandfathered: 'yes' }],
    [{ coverage: 'individual', grandfathered: 'yes' }],
    [{ coverage: 'medicare-card', medicareCard: 'medigap' }],
    [{ coverage: 'va' }],
    [{ coverage: 'other' }],
  ])('%o ends in an honest "not yet" with where to go', (answers) => {
    const r = result(answers);
    expect(r.planType).toBeUndefined();
    expect('answer' in r && r.answer.length > 40).toBe(true);
  });

  it('asks the next question in order, numbers it, and drops stale or unknown answers', () => {
    expect(finderStep({})).toMatchObject({ question: { id: 'coverage' }, number: 1, answers: {} });
    expect(finderStep({ coverage: 'church' })).toMatchObject({ question: { id: 'churchElection' }, number: 2 });
    expect(finderStep({ coverage: 'church', churchElection: 'no' })).toMatchObject({ question: { id: 'grandfathered' }, number: 3 });
    expect(finderStep({ coverage: 'bogus' })).toMatchObject({ question: { id: 'coverage' } });
    expect(finderStep({ coverage: 'federal', grandfathered: 'yes' }).answers).toEqual({ coverage: 'federal' });
  });

  it('every choice of every question leads somewhere', () => {
    for (const c of QUESTIONS.coverage!.choices) {
      let answers: Record<string, string> = { coverage: c.value };
      for (let i = 0; i < 4; i++) {
        const step = finderStep(answers);
        if ('result' in step) break;
        answers = { ...answers, [step.question.id]: step.question.choices[0]!.value };
      }
      expect('result' in finderStep(answers)).toBe(true);
    }
  });
});
