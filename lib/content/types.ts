import type { CodeData, DrugData, GuideData, InsurerData, LearnData, ReasonData } from './schema';
import type { ReasonSlug } from './reasons';

type FileInfo = { slug: string; file: string; body: string; bodyLine: number };

export type Insurer = InsurerData & FileInfo;
export type Drug = DrugData & FileInfo;
export type Reason = ReasonData & FileInfo & { slug: ReasonSlug };
export type Learn = LearnData & FileInfo;
export type Code = CodeData & FileInfo;
export type Guide = GuideData & {
  key: string;
  insurer: string;
  drug: string;
  reason: ReasonSlug;
  file: string;
  body: string;
  bodyLine: number;
};

export type ContentIndex = {
  insurers: Map<string, Insurer>;
  drugs: Map<string, Drug>;
  reasons: Map<ReasonSlug, Reason>;
  guides: Map<string, Guide>;
  learn: Map<string, Learn>;
  codes: Map<string, Code>;
  byInsurer: Map<string, Guide[]>;
  byDrug: Map<string, Guide[]>;
  byReason: Map<ReasonSlug, Guide[]>;
  byInsurerDrug: Map<string, Guide[]>;
  byInsurerReason: Map<string, Guide[]>;
};

export const guideKey = (insurer: string, drug: string, reason: string) => `${insurer}/${drug}/${reason}`;
