import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { PLAN_RULES, isPlanType, type PlanType } from '@/lib/appeal/plans';
import { shortWindow, spanWords } from '@/lib/appeal/plans/describe';
import { ruleEntry, ruleHref, type RuleEntry } from '@/lib/appeal/plans/entries';
import { joinAnd } from '@/lib/appeal/format';

/**
 * Content states an appeal rule only through the plan-rules module:
 * - `:rule[employer.appeal-window]` renders the rule in words with a link to its row on /how-we-count
 *   (`{short}` gives just the length, "180 days");
 * - `:::plans{only="medicare-advantage medicare-part-d"}` … `:::` scopes a passage to named plan types;
 * - `:clinical[3 months]` marks a length of time from a coverage policy or label, which is not an appeal rule.
 */

type DirectiveNode = {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: { type: string; value?: string; children?: unknown[] }[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
};

export const directiveText = (node: { children?: { type: string; value?: string }[] }) =>
  (node.children ?? [])
    .map((c) => c.value ?? '')
    .join('')
    .trim();

/** The words a rule renders as; `short` is the bare length where the rule is one. */
export function ruleWords(entry: RuleEntry, short: boolean): string {
  if (!short) return entry.words;
  const [plan, ...rest] = entry.key.split('.') as [PlanType, ...string[]];
  const id = rest.at(-1) ?? '';
  const rules = PLAN_RULES[plan];
  if (id === 'appeal-window') return shortWindow(rules.appealWindow);
  const level = rules.nextLevels.find((l) => id === `${l.id}-window`);
  if (level?.window) return shortWindow(level.window);
  const clock = id.startsWith('decision-') ? rules.decisions[id.slice('decision-'.length) as 'urgent'] : undefined;
  return clock ? spanWords(clock.span) : entry.words;
}

export function planScopeLabel(types: PlanType[]): string {
  return `For ${joinAnd(types.map((t) => PLAN_RULES[t].short))}:`;
}

export const scopedPlanTypes = (only: string | null | undefined): string[] => (only ?? '').split(/[\s,]+/).filter(Boolean);

/** The remark plugin that turns the directives into ordinary Markdown nodes (after remark-directive). */
export function remarkRuleDirectives() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const d = node as unknown as DirectiveNode;
      if (!('name' in d) || !/Directive$/.test(d.type) || !parent || index === undefined) return;
      const siblings = (parent as unknown as { children: unknown[] }).children;
      if (d.type === 'textDirective' && d.name === 'rule') {
        const entry = ruleEntry(directiveText(d));
        const words = entry ? ruleWords(entry, 'short' in (d.attributes ?? {})) : directiveText(d);
        siblings[index] = entry ? { type: 'link', url: ruleHref(entry.key), children: [{ type: 'text', value: words }] } : { type: 'text', value: words };
        return;
      }
      if (d.type === 'textDirective' && d.name === 'clinical') {
        siblings[index] = { type: 'text', value: directiveText(d) };
        return;
      }
      if (d.type === 'containerDirective' && d.name === 'plans') {
        const types = scopedPlanTypes(d.attributes?.only).filter(isPlanType);
        const label = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: planScopeLabel(types) }] }] };
        siblings[index] = { type: 'blockquote', children: [label, ...d.children] };
        return;
      }
      // A colon in running text ("La. R.S. 46:460.34") parses as a directive named "460": put it back as written.
      // Any other unknown directive keeps its text; content:check reports it.
      const label = d.children.length ? `[${directiveText(d)}]` : '';
      siblings[index] = d.type === 'textDirective' ? { type: 'text', value: `:${d.name}${label}` } : { type: 'paragraph', children: d.children };
    });
  };
}

/** Front-matter text (criteria, summaries) allows only `:clinical[…]`; shown as its plain words. */
export function plainText(text: string): string {
  return text.replace(/:clinical\[([^\]]*)\]/g, '$1');
}
