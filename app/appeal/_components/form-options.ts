import { PLAN_LABELS, PLAN_TYPES, STATE_SET_WINDOW } from '@/lib/appeal/plans';
import { UNSUPPORTED_PLANS } from '@/lib/appeal/plans/unsupported';
import { getContent } from '@/lib/content/loader';
import type { FormOptions } from './appeal-form';

export function formOptions(): FormOptions {
  const index = getContent();
  return {
    insurers: [...index.insurers.values()].map((i) => i.name).sort(),
    drugs: [...index.drugs.values()].map((d) => d.name).sort(),
    reasons: [...index.reasons.values()].map((r) => ({ value: r.slug, label: r.label[0]!.toUpperCase() + r.label.slice(1) })),
    planTypes: PLAN_TYPES.map((p) => ({ value: p, label: PLAN_LABELS[p] })),
    otherPlanTypes: Object.entries(UNSUPPORTED_PLANS).map(([value, p]) => ({ value, label: p.label })),
    // Plan types whose window the state sets: the form asks how many days the notice gives.
    noticeDaysPlanTypes: [...STATE_SET_WINDOW],
  };
}
