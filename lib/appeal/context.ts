import type { AppealCase } from './case-schema';
import { rulesFor, type PlanRules } from './plans';

/**
 * What every section builder gets. `cite` returns the reference unchanged and records it, so the
 * document's citation list is exactly the set of references its text contains. `rules` are the plan
 * type's rules (with the track the denial reason puts it on).
 */
export type ComposeContext = {
  c: AppealCase;
  rules: PlanRules;
  cite: (ref: string) => string;
  warn: (warning: string) => void;
};

/** Records the citations a document's text uses and the warnings for the patient beside it. */
export function createCollector() {
  const citations = new Set<string>();
  const warnings = new Set<string>();
  return {
    cite: (ref: string) => {
      citations.add(ref);
      return ref;
    },
    warn: (w: string) => {
      warnings.add(w);
    },
    citations: () => [...citations],
    warnings: () => [...warnings],
  };
}

export function createContext(c: AppealCase) {
  const { cite, warn, citations, warnings } = createCollector();
  const ctx: ComposeContext = { c, rules: rulesFor(c.planType, c.reason), cite, warn };
  return { ctx, citations, warnings };
}
