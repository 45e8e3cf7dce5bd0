import type { BenefitManagerData, CodeData, DrugData, GuideData, InsurerData, LearnData, ReasonData, StateData } from './schema';
import type { ReasonSlug } from './reasons';

type FileInfo = { slug: string; file: string; body: string; bodyLine: number };

/** A payer whose denials have guides: a health plan, or a benefit manager deciding for plans. */
export type Insurer = InsurerData & FileInfo & { kind: 'insurer' | BenefitManagerData['kind']; manager?: BenefitManagerData };
export type BenefitManager = BenefitManagerData & FileInfo;
export type Drug = DrugData & FileInfo;
export type Reason = ReasonData & FileInfo & { slug: ReasonSlug };
export type Learn = LearnData & FileInfo;
export type Code = CodeData & FileInfo;
export type State = StateData & FileInfo;
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
  /** Every payer with guides: plans and benefit managers. */
  insurers: Map<string, Insurer>;
  benefitManagers: Map<string, BenefitManager>;
  drugs: Map<string, Drug>;
  reasons: Map<ReasonSlug, Reason>;
  guides: Map<string, Guide>;
  learn: Map<string, Learn>;
  codes: Map<string, Code>;
  states: Map<string, State>;
  byInsurer: Map<string, Guide[]>;
  byDrug: Map<string, Guide[]>;
  byReason: Map<ReasonSlug, Guide[]>;
  byInsurerDrug: Map<string, Guide[]>;
  byInsurerReason: Map<string, Guide[]>;
};

export const guideKey = (insurer: string, drug: string, reason: string) => `${insurer}/${drug}/${reason}`;

/** Every file with a Markdown body the site renders (benefit managers are among the payers), for the checks that read bodies. */
export const markdownFiles = (index: ContentIndex): Pick<FileInfo, 'file' | 'body' | 'bodyLine'>[] => [
  ...index.insurers.values(),
  ...index.drugs.values(),
  ...index.reasons.values(),
  ...index.guides.values(),
  ...index.learn.values(),
  ...index.codes.values(),
  ...index.states.values(),
];
