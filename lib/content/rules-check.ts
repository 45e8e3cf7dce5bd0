import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isPlanType } from '@/lib/appeal/plans';
import { RULE_ENTRIES, ruleEntry } from '@/lib/appeal/plans/entries';
import { directiveText, scopedPlanTypes } from './directives';
import type { ContentIssue } from './parse';
import { markdownFiles, type ContentIndex } from './types';

/**
 * Content may state a deadline, clock or right only through the plan-rules module. A length of time
 * written as prose (a number of days, months or hours) fails `content:check` with where it is and the
 * directive to use instead.
 */

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|sixty|ninety|hundred)`;
const UNIT = String.raw`(?:(?:calendar|business|working)[ -])?(?:days?|months?|hours?)`;
const DURATION = new RegExp(String.raw`\b${NUMBER}[ -]${UNIT}\b`, 'gi');

/** Lengths of time in a piece of prose. */
export function durationsIn(text: string): string[] {
  return [...text.matchAll(DURATION)].map((m) => m[0]);
}

/** Rule keys whose words mention this length, to suggest in the fix. */
function suggestKeys(phrase: string): string[] {
  const n = /\d+/.exec(phrase)?.[0];
  const unit = /day|month|hour/i.exec(phrase)?.[0].toLowerCase();
  if (!n || !unit) return [];
  const re = new RegExp(`\\b${n} (?:calendar |business |working )?${unit}`);
  const matching = RULE_ENTRIES.filter((e) => re.test(e.words));
  // Filing windows first: they are what content most often restates.
  return [...matching.filter((e) => e.key.endsWith('-window')), ...matching.filter((e) => !e.key.endsWith('-window'))].slice(0, 3).map((e) => e.key);
}

export function proseFix(phrase: string): string {
  const keys = suggestKeys(phrase).slice(0, 2);
  const example = keys.length ? keys.map((k) => `:rule[${k}]`).join(' or ') : ':rule[{plan-type}.appeal-window]';
  return `state the rule with a directive such as ${example} (every key is on /how-we-count); a length of time from a clinical policy or label is :clinical[${phrase}]`;
}

type Node = {
  type: string;
  name?: string;
  value?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: Node[];
  position?: { start: { line: number } };
};

const parser = unified().use(remarkParse).use(remarkDirective);
const KNOWN = new Set(['rule', 'clinical', 'plans']);

/** Problems in one Markdown body; `bodyLine` is the file line where the body starts. */
export function bodyRuleIssues(file: string, body: string, bodyLine: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (n: Node) => bodyLine + (n.position?.start.line ?? 1) - 1;
  const walk = (node: Node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (/Directive$/.test(node.type) && /^\d/.test(node.name ?? '')) return; // a citation like 46:460.34, not a directive
    if (/Directive$/.test(node.type)) {
      if (!KNOWN.has(node.name ?? '')) {
        issues.push({ file, line: at(node), message: `unknown directive \`:${node.name}\``, fix: 'use :rule[…], :clinical[…] or :::plans{only="…"}' });
        return;
      }
      if (node.name === 'rule') {
        const key = directiveText(node);
        if (!ruleEntry(key))
          issues.push({
            file,
            line: at(node),
            message: `unknown rule \`${key}\``,
            fix: 'use a key listed on /how-we-count, written {plan-type}.{rule}, e.g. employer.appeal-window or medicare-part-d.next-level-window',
          });
        return;
      }
      if (node.name === 'clinical') return;
      const types = scopedPlanTypes(node.attributes?.only);
      const bad = types.filter((t) => !isPlanType(t));
      if (types.length === 0 || bad.length) {
        issues.push({
          file,
          line: at(node),
          message: bad.length ? `unknown plan type \`${bad.join('`, `')}\` in :::plans` : ':::plans block names no plan type',
          fix: 'write :::plans{only="medicare-advantage medicare-part-d"} with plan-type slugs',
        });
      }
    }
    if (node.type === 'text' && node.value) {
      for (const phrase of durationsIn(node.value)) {
        issues.push({ file, line: at(node), message: `a length of time written as prose: “${phrase}”`, fix: proseFix(phrase) });
      }
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(body) as Node);
  return issues;
}

/** The rule check over every Markdown body in the index. */
export function checkRuleStatements(index: ContentIndex): ContentIssue[] {
  const files = markdownFiles(index);
  return files.flatMap((f) => bodyRuleIssues(f.file, f.body, f.bodyLine));
}

/** Front-matter prose allows only `:clinical[…]`: a rule belongs in the body, through a directive. */
export function frontMatterRuleIssues(
  file: string,
  fields: { path: (string | number)[]; text: string }[],
  lineOf: (path: PropertyKey[]) => number,
): ContentIssue[] {
  return fields.flatMap(({ path, text }) =>
    durationsIn(text.replace(/:clinical\[[^\]]*\]/g, '')).map((phrase) => ({
      file,
      line: lineOf(path),
      message: `a length of time written as prose in \`${path.join('.')}\`: “${phrase}”`,
      fix: `move the rule into the body with a directive, e.g. ${suggestKeys(phrase).map((k) => `:rule[${k}]`)[0] ?? ':rule[{plan-type}.appeal-window]'}, or mark a clinical length of time as :clinical[${phrase}]`,
    })),
  );
}
