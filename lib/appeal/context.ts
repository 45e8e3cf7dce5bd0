import type { AppealCase } from './case-schema';
import { rulesFor, type PlanRules } from './plans';

/**
 * What every section builder gets. `cite` returns the reference unchanged and records it, so the
 * letter's citation list is exactly the set of references its text contains. `rules` are the plan
 * type's rules (with the track the denial reason puts it on).
 */
export type ComposeContext = {
  c: AppealCase;
  rules: PlanRules;
  cite: (ref: string) => string;
  warn: (warning: string) => void;
};

export function createContext(c: AppealCase) {
  const citations = new Set<string>();
  const warnings = new Set<string>();
  const ctx: ComposeContext = {
    c,
    rules: rulesFor(c.planType, c.reason),
    cite: (ref) => {
      citations.add(ref);
      return ref;
    },
    warn: (w) => {
      warnings.add(w);
    },
  };
  return { ctx, citations: () => [...citations], warnings: () => [...warnings] };
}
