/**
 * Portal pages and imaging notices often set a label on one line and its value on the next, or a row of
 * column headings over a row of values ("Notice Date   Case Number   Member ID" / "02/17/2026   A1188…   U229…").
 * These are rewritten as "Label: value" lines, the form every other reading expects. Only known labels
 * count, so a heading over a paragraph is left alone.
 */
const LABEL =
  /^(?:(?:notice|letter|decision)\s+date|date(?:\s+of\s+(?:notice|letter|service|birth))?|member(?:\s+(?:name|id|number))?|patient(?:\s+(?:name|id))?|(?:enrollee|recipient|beneficiary|customer)(?:'s)?\s+(?:name|id)|(?:medicaid|medicare|chip)\s+(?:id|number|no\.?|#)|subscriber(?:\s+(?:name|id))?|(?:case|claim|reference|authorization|request|appeal|order|pa|preauth|precert|prior\s+authorization|notice)\s+(?:number|no\.?|#|id)|medication|drug(?:\s+requested)?|(?:requested\s+)?service(?:\s+requested)?|item\s+requested|plan(?:\s+name)?|group(?:\s+number)?|(?:ordering\s+|rendering\s+)?provider|prescriber|rendering\s+site|determination|request\s+type)(?:\s*\([^)]{1,20}\))?$/i;

const cells = (line: string) => line.trim().split(/\s{3,}/);
const isLabel = (cell: string) => LABEL.test(cell.trim());
/** A value: short, not itself a label, not a sentence. */
const isValue = (line: string) => {
  const t = line.trim();
  return t.length > 0 && t.length <= 80 && !isLabel(t) && !/[:]$/.test(t) && !/\.\s*$/.test(t.replace(/\b(?:Inc|Jr|Sr|Dr|No|St)\.$/, ''));
};

export function labelValueLines(text: string): string {
  const all = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const next = all[i + 1];
    const heads = cells(line);
    if (next !== undefined && heads.length >= 2 && heads.every(isLabel)) {
      const values = cells(next);
      if (values.length === heads.length && values.every(isValue)) {
        heads.forEach((h, k) => out.push(`${h}: ${values[k]}`));
        i++;
        continue;
      }
    }
    // One label over its value, with or without its colon ("Medicaid ID:" over "501847263911").
    const single = line.trim().replace(/\s*:$/, '');
    if (next !== undefined && heads.length === 1 && isLabel(single) && isValue(next)) {
      out.push(`${single}: ${next.trim()}`);
      i++;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
