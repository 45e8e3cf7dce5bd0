import { guideKey, type ContentIndex } from './types';
import { guidePath, insurerDrugPath, insurerPath, reasonPath } from './queries';
import { isReason } from './reasons';

/** The closest page for a finder choice: the exact guide, else the narrowest hub that exists. */
export function findPath(index: ContentIndex, insurer = '', drug = '', reason = '', state = ''): string {
  if (index.guides.has(guideKey(insurer, drug, reason))) return guidePath({ insurer, drug, reason });
  // Only a state chosen: its page.
  if (index.states.has(state) && !insurer && !drug && !reason) return `/states/${state}`;
  if (index.byInsurerDrug.has(`${insurer}/${drug}`)) return insurerDrugPath(insurer, drug);
  if (insurer && reason) {
    const sameReason = index.byInsurerReason.get(`${insurer}/${reason}`);
    if (sameReason?.length === 1 && sameReason[0]) return guidePath(sameReason[0]);
  }
  if (index.byInsurer.has(insurer) && !isReason(reason)) return insurerPath(insurer);
  if (isReason(reason)) return reasonPath(reason);
  if (index.byInsurer.has(insurer)) return insurerPath(insurer);
  return '/guides';
}
