import type { ContentIndex } from '@/lib/content/types';
import type { AppealFormValues } from '../form-values';
import { isPlanType, PLAN_LABELS } from '../plans';
import { missingFromNotice, noticeRulesKnown, type NoticeItem } from '../plans/notice';
import type { NoticeSeen } from './state';

/** "What your plan owed you": what the pasted notice lacks of what its plan type's rules require, each with the rule. */
export type NoticeReport =
  { kind: 'checked'; planLabel: string; missing: { item: NoticeItem; text: string; citation: string }[] } | { kind: 'not-checked'; why: string };

/** A drug or service the catalog knows by the name in the form. */
function kindOf(index: ContentIndex, name: string): 'drug' | 'service' | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  for (const d of index.drugs.values()) if ([d.name, d.generic, ...(d.aliases ?? [])].some((x) => x?.toLowerCase() === n)) return d.kind;
  return undefined;
}

export function noticeReport(values: AppealFormValues, notice: NoticeSeen | undefined, index: ContentIndex): NoticeReport | undefined {
  if (!notice) return undefined;
  const { planType, reason, timing, denialDate, drug } = values.fields;
  if (!isPlanType(planType)) return { kind: 'not-checked', why: 'Choose your kind of plan, and we check your notice against the rules for it.' };
  if (notice.appealDecision)
    return { kind: 'not-checked', why: 'Your letter is a decision on an appeal. The check covers the first denial notice, whose contents the rules set out.' };
  if (!noticeRulesKnown(planType)) return { kind: 'not-checked', why: `We do not yet check notices from a ${PLAN_LABELS[planType]}.` };
  const missing = missingFromNotice(planType, notice.items, {
    reason: index.reasons.has(reason as never) ? (reason as never) : undefined,
    timing: timing === 'pre-service' || timing === 'post-service' || timing === 'ongoing' ? timing : undefined,
    noticeDate: denialDate || undefined,
    // CMS-0057-F covers prior-authorization decisions on items and services, not drugs.
    nonDrugPriorAuthorization: timing === 'pre-service' && kindOf(index, drug ?? '') === 'service',
  });
  return { kind: 'checked', planLabel: PLAN_LABELS[planType], missing: missing.map((r) => ({ item: r.item, text: r.text, citation: r.citation })) };
}
