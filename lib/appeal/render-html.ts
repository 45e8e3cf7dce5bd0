import { possessive } from './format';
import { LINE_SECTIONS, SECTION, type Letter, type LetterSection, isListSection, type LetterParty } from './letter';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Escaped text, keeping the line breaks a patient typed (an address, for example). */
const text = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>');

/**
 * A semantic, print-friendly HTML fragment of the letter. Every string that may contain patient text
 * goes through `escapeHtml`; nothing else is interpolated.
 */
export function renderHtml(letter: Letter, c: LetterParty): string {
  const body = letter.sections.map((s) => renderSection(letter, s, c)).join('\n');
  return `<article class="appeal-letter" aria-label="${text(`Appeal letter for ${c.patientName}`)}">\n${body}\n</article>`;
}

function renderSection(letter: Letter, section: LetterSection, c: LetterParty): string {
  const id = `letter-${section.id}`;
  const parts: string[] = [];
  if (section.heading) parts.push(`<h2 id="${id}">${text(section.heading)}</h2>`);
  if (LINE_SECTIONS.has(section.id)) parts.push(`<p class="letter-lines">${section.paragraphs.map(text).join('<br>')}</p>`);
  else if (isListSection(section.id)) parts.push(list('ul', section.paragraphs));
  else if (section.id === SECTION.subject) parts.push(...section.paragraphs.map((p) => `<p><strong>${text(p)}</strong></p>`));
  else parts.push(...section.paragraphs.map((p) => `<p>${text(p)}</p>`));
  if (section.id === SECTION.criteria) parts.push(criteriaTable(letter, c));
  if (section.id === SECTION.exhibits)
    parts.push(
      list(
        'ol',
        letter.exhibits.map((e) => e.name),
        'exhibit-list',
      ),
    );
  const labelled = section.heading ? ` aria-labelledby="${id}"` : '';
  return `<section class="letter-section letter-${section.id}"${labelled}>\n${parts.join('\n')}\n</section>`;
}

function list(tag: 'ul' | 'ol', items: string[], className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<${tag}${cls}>\n${items.map((i) => `<li>${text(i)}</li>`).join('\n')}\n</${tag}>`;
}

function criteriaTable(letter: Letter, c: LetterParty): string {
  const rows = letter.criteriaTable.map((row) => {
    const fact = row.chartFact === null ? '<td class="missing">—</td>' : `<td>${text(row.chartFact)}</td>`;
    const exhibit = row.exhibit === null ? '<td class="missing">—</td>' : `<td>${row.exhibit}</td>`;
    return `<tr><th scope="row">${text(row.criterion)}</th>${fact}${exhibit}</tr>`;
  });
  return [
    '<table class="criteria-table">',
    `<caption>${text(`Coverage criteria and the facts in ${possessive(c.patientName)} medical records`)}</caption>`,
    '<thead><tr><th scope="col">Criterion</th><th scope="col">Fact in the medical records</th><th scope="col">Exhibit</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}
