import { PLAN_TYPE_LABELS, PLAN_TYPES } from '@/lib/appeal/plan-types';
import { getContent } from '@/lib/content/loader';
import type { FormOptions } from './appeal-form';

export function formOptions(): FormOptions {
  const index = getContent();
  return {
    insurers: [...index.insurers.values()].map((i) => i.name).sort(),
    drugs: [...index.drugs.values()].map((d) => d.name).sort(),
    reasons: [...index.reasons.values()].map((r) => ({ value: r.slug, label: r.label[0]!.toUpperCase() + r.label.slice(1) })),
    planTypes: PLAN_TYPES.map((p) => ({ value: p, label: PLAN_TYPE_LABELS[p] })),
  };
}
