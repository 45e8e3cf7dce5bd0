import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkRuleDirectives } from './directives';

// Sanitized: editors write Markdown, never raw HTML that reaches the page. Rules render from the plan-rules module.
const plain = unified().use(remarkParse).use(remarkDirective).use(remarkRuleDirectives).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkRuleDirectives).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/**
 * GitHub-flavoured Markdown only changes text that has one of its marks: table pipes, ~strikethrough~,
 * footnotes, task boxes, bare URLs and e-mail addresses. Without any of them the two parsers give the same
 * HTML, and plain CommonMark is twice as fast, which matters when a build renders thousands of guides.
 */
const GFM_MARKS = /[|~@]|\[\^|\[[ xX]\]|https?:\/\/|www\./;

export function renderMarkdown(markdown: string): string {
  return String((GFM_MARKS.test(markdown) ? gfm : plain).processSync(markdown));
}

// Shared bodies (reasons, insurers, drugs) appear on thousands of pages; render each once per process.
const shared = new Map<string, string>();

export function renderSharedMarkdown(markdown: string): string {
  let html = shared.get(markdown);
  if (html === undefined) {
    html = renderMarkdown(markdown);
    shared.set(markdown, html);
  }
  return html;
}

/**
 * Renders a guide body once and splits the HTML before its Timeline heading, so the page can put the data
 * blocks in between. One parse rather than one per half: a build renders thousands of guides, and a link
 * reference defined in one half still resolves in the other.
 */
export function renderGuideBody(markdown: string): [before: string, timeline: string] {
  const html = renderMarkdown(markdown);
  const match = /<h2>\s*Timeline\b/i.exec(html);
  if (!match) return [html, ''];
  return [html.slice(0, match.index).trimEnd(), html.slice(match.index)];
}
