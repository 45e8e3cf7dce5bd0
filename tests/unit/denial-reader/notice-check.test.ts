import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_TYPES } from '@/lib/appeal/plans';
import { CMS_0057_F } from '@/lib/appeal/plans/citations';
import { missingFromNotice, noticeRequirements, noticeRulesKnown, NOTICE_REQUIREMENTS } from '@/lib/appeal/plans/notice';
import { catalogFromContent } from '@/lib/appeal/read-letter';
import { getContent } from '@/lib/content/loader';
import { readDenialLetter } from '@/lib/denial-reader';

const catalog = catalogFromContent(getContent());
const read = (text: string) => readDenialLetter(text, catalog);
const fixture = (name: string) => read(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/denials', `${name}.txt`), 'utf8'));

/** A notice that says everything any plan type's rules ask for, one sentence per item. */
const COMPLETE = [
  'Date: 03/14/2026',
  'Claim number: 2026-555-0001',
  'We denied your request because the records do not show a trial of metformin.',
  'This decision is based on Section 4 of your Summary Plan Description and our Clinical Policy Bulletin 0123, Drug A.',
  'If your doctor sends records showing the trial, we will review the request again.',
  'To appeal, send a written appeal within 180 days to:',
  'Acme Appeals',
  'P.O. Box 1',
  'Dover, DE 19901',
  '',
  'You may request, free of charge, copies of the criteria and all documents relevant to this decision.',
  'A board-certified physician reviewed your case.',
  'If waiting could seriously harm your health, ask for an expedited appeal.',
  'The diagnosis and treatment codes for this claim, and their meanings, are available on request.',
  'Denial code CO-50 applies.',
  'After the appeal you may ask for an external review by an independent review organization.',
  'For help, contact your state office of health insurance consumer assistance or ombudsman.',
  'You may ask for a State fair hearing.',
  'If you ask for an appeal within 10 days, your services can continue while the appeal is decided.',
].join('\n');
const BARE = 'Acme Health\n\nWe denied your request.\n';

const CHECKED = PLAN_TYPES.filter(noticeRulesKnown);

describe('the notice check', () => {
  it('knows the notice rules of every plan type we draft for but FEHB, Original Medicare and TRICARE, and cites each', () => {
    expect(PLAN_TYPES.filter((p) => !noticeRulesKnown(p))).toEqual(['fehb', 'original-medicare', 'tricare']);
    for (const plan of CHECKED) for (const r of NOTICE_REQUIREMENTS[plan]) expect(r.citation, `${plan} ${r.item}`).toMatch(/CFR|CMS/);
  });

  it.each(CHECKED)('%s: a complete notice is missing nothing; a bare one is missing every item, each with its rule', (plan) => {
    const ctx = { reason: 'medical-necessity' as const, timing: 'ongoing' as const, noticeDate: '2026-03-14' };
    const complete = read(COMPLETE);
    expect(complete.isDenial).toBe(true);
    expect(missingFromNotice(plan, complete.noticeItems, ctx)).toEqual([]);
    const bare = read(BARE);
    const missing = missingFromNotice(plan, bare.noticeItems, ctx);
    expect(missing.map((m) => m.item).sort()).toEqual(
      noticeRequirements(plan, ctx)
        .map((r) => r.item)
        .sort(),
    );
    for (const m of missing) expect(m.citation.length).toBeGreaterThan(4);
  });

  it('asks the clinical judgment only of medical-necessity and experimental denials, and continued benefits only when care is cut', () => {
    expect(noticeRequirements('employer', { reason: 'step-therapy' }).some((r) => r.item === 'clinical-judgment')).toBe(false);
    expect(noticeRequirements('employer', { reason: 'experimental' }).some((r) => r.item === 'clinical-judgment')).toBe(true);
    expect(noticeRequirements('medicaid', { timing: 'post-service' }).some((r) => r.item === 'continued-benefits')).toBe(false);
    expect(noticeRequirements('medicaid', { timing: 'ongoing' }).some((r) => r.item === 'continued-benefits')).toBe(true);
  });

  it('adds the CMS-0057-F specific-reason rule for a non-drug prior authorization decided from 2026 by an impacted payer', () => {
    const rule = (plan: (typeof PLAN_TYPES)[number], noticeDate: string, nonDrugPriorAuthorization = true) =>
      noticeRequirements(plan, { noticeDate, nonDrugPriorAuthorization }).some((r) => r.citation === CMS_0057_F);
    expect(rule('medicare-advantage', '2026-02-01')).toBe(true);
    expect(rule('medicaid-fee-for-service', '2026-02-01')).toBe(true);
    expect(rule('medicare-advantage', '2025-12-31')).toBe(false);
    expect(rule('medicare-advantage', '2026-02-01', false)).toBe(false);
    expect(rule('employer', '2026-02-01')).toBe(false);
  });

  it('names what real notices in the corpus left out', () => {
    // An employer plan's pharmacy letter with appeal rights but no external review, consumer help or codes.
    const wegovy = fixture('highmark-wegovy-two-reasons');
    expect(missingFromNotice('employer', wegovy.noticeItems, { reason: undefined }).map((m) => m.item)).toEqual(
      expect.arrayContaining(['external-review', 'consumer-assistance', 'codes-on-request', 'denial-code']),
    );
    expect(missingFromNotice('employer', wegovy.noticeItems).map((m) => m.item)).not.toContain('specific-reason');
    // A Medicare Advantage notice in the CMS model shape has everything its rules ask.
    const idn = fixture('aetna-medicare-hmo-pet-out-of-network-idn');
    expect(missingFromNotice('medicare-advantage', idn.noticeItems)).toEqual([]);
  });

  it('recognizes a decision on an appeal, which the first-denial rules do not judge', () => {
    expect(fixture('humana-ma-reconsideration-cgm-upheld').appealDecision).toBe(true);
    expect(fixture('highmark-part-d-redetermination-dupixent-quantity').appealDecision).toBe(true);
    expect(fixture('molina-medicaid-aba-hours-reduced').appealDecision).toBe(false);
    expect(fixture('humana-healthy-horizons-ot-co197').appealDecision).toBe(false);
  });
});
