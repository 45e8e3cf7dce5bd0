import type { CriterionRow } from './case-schema';
import type { CriteriaTableRow, Exhibit } from './letter';

/** Exhibit names that differ only in case or spacing are the same document. */
const exhibitKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The criteria table and the exhibit list, numbered 1..n in order of first appearance, so the two always agree.
 * Never fills a gap: a missing fact or exhibit stays null and becomes a warning for the patient.
 */
export function buildCriteria(rows: CriterionRow[]): { table: CriteriaTableRow[]; exhibits: Exhibit[]; warnings: string[] } {
  const numbers = new Map<string, number>();
  const exhibits: Exhibit[] = [];
  const warnings: string[] = [];

  const table = rows.map((row) => {
    const chartFact = row.chartFact?.trim() || null;
    const name = row.exhibit?.trim() || null;
    let exhibit: number | null = null;
    if (name) {
      const key = exhibitKey(name);
      exhibit = numbers.get(key) ?? exhibits.length + 1;
      if (!numbers.has(key)) {
        numbers.set(key, exhibit);
        exhibits.push({ number: exhibit, name });
      }
    }
    if (!chartFact) warnings.push(`Criterion “${row.criterion}” has no fact from the records yet — add one before sending`);
    else if (!name)
      warnings.push(
        `Criterion “${row.criterion}” has a fact but no exhibit — name the record that shows it (for example “Pathology report, 2026-01-10”) and attach it`,
      );
    return { criterion: row.criterion, chartFact, exhibit };
  });

  return { table, exhibits, warnings };
}
