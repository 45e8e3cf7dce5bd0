import path from 'node:path';
import { env } from '@/lib/env-core';
import { crossReferenceIssues } from './cross-references';
import { ContentError, type ContentIssue, type ParsedFile } from './parse';
import { fileInfo, readAll, slugIssue } from './read-files';
import { isReason, REASONS, type ReasonSlug } from './reasons';
import { benefitManagerSchema, stateSchema, codeSchema, drugSchema, guideSchema, insurerSchema, learnSchema, reasonSchema } from './schema';
import { guideKey, type BenefitManager, type Code, type State, type ContentIndex, type Drug, type Guide, type Insurer, type Learn, type Reason } from './types';

export type LoadOptions = { dir: string; includeDrafts: boolean };
export type LoadResult = { index: ContentIndex; issues: ContentIssue[] };

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** Drafts show in the local site and are left out of production builds (and so the sitemap). */
export function showDrafts(): boolean {
  return env().SHOW_DRAFTS === '1' || env().NODE_ENV !== 'production';
}

export function loadContent({ dir, includeDrafts }: LoadOptions): LoadResult {
  const issues: ContentIssue[] = [];

  const insurers = readAll(dir, 'insurers', insurerSchema, (parsed, data, rel) => {
    const slug = rel.replace(/\.md$/, '');
    const issue = slugIssue(parsed, slug, 'insurer');
    return issue ? { issue } : { item: { ...data, ...fileInfo(parsed, slug), kind: 'insurer' } satisfies Insurer };
  });
  const managers = readAll(dir, 'benefit-managers', benefitManagerSchema, (parsed, data, rel) => {
    const slug = rel.replace(/\.md$/, '');
    const issue = slugIssue(parsed, slug, 'benefit manager');
    return issue ? { issue } : { item: { ...data, ...fileInfo(parsed, slug) } satisfies BenefitManager };
  });
  const drugs = readAll(dir, 'drugs', drugSchema, (parsed, data, rel) => {
    const slug = rel.replace(/\.md$/, '');
    const issue = slugIssue(parsed, slug, 'drug');
    if (issue) return { issue };
    if (data.kind === 'drug' && !data.generic) {
      return {
        issue: {
          file: parsed.file,
          line: parsed.lineOf(['kind']),
          message: 'a drug needs its `generic` name',
          fix: 'add `generic: <generic name>` or set `kind: service`',
        },
      };
    }
    return { item: { ...data, ...fileInfo(parsed, slug) } satisfies Drug };
  });
  const reasons = readAll(dir, 'reasons', reasonSchema, (parsed, data, rel) => {
    const slug = rel.replace(/\.md$/, '');
    if (!isReason(slug)) {
      return {
        issue: { file: parsed.file, line: 1, message: `\`${slug}\` is not one of the denial reasons`, fix: `name the file one of: ${REASONS.join(', ')}` },
      };
    }
    return { item: { ...data, ...fileInfo(parsed, slug), slug } satisfies Reason };
  });
  const bySlug = (what: string) => (parsed: ParsedFile, data: object, rel: string) => {
    const slug = rel.replace(/\.md$/, '');
    const issue = slugIssue(parsed, slug, what);
    return issue ? { issue } : { item: { ...data, ...fileInfo(parsed, slug) } };
  };
  const learn = readAll(dir, 'learn', learnSchema, bySlug('article'));
  const codes = readAll(dir, 'codes', codeSchema, bySlug('code'));
  const states = readAll(dir, 'states', stateSchema, bySlug('state'));
  issues.push(...insurers.issues, ...managers.issues, ...drugs.issues, ...reasons.issues, ...learn.issues, ...codes.issues, ...states.issues);
  const benefitManagers = new Map((managers.items as BenefitManager[]).map((m) => [m.slug, m]));
  // A benefit manager is also a payer with guides of its own.
  const payers: Insurer[] = [
    ...(insurers.items as Insurer[]),
    ...[...benefitManagers.values()].map((m): Insurer => ({
      name: m.name,
      shortName: m.shortName,
      aliases: m.aliases,
      planTypes: m.planTypes,
      appeals: m.appeals,
      sources: m.sources,
      slug: m.slug,
      file: m.file,
      body: m.body,
      bodyLine: m.bodyLine,
      kind: m.kind,
      manager: m,
    })),
  ];

  const index: ContentIndex = {
    insurers: new Map(payers.map((i) => [i.slug, i])),
    benefitManagers,
    drugs: new Map((drugs.items as Drug[]).map((d) => [d.slug, d])),
    reasons: new Map((reasons.items as Reason[]).map((r) => [r.slug, r])),
    guides: new Map(),
    learn: new Map((learn.items as Learn[]).map((l) => [l.slug, l])),
    codes: new Map((codes.items as Code[]).map((c) => [c.slug, c])),
    states: new Map((states.items as State[]).map((st) => [st.slug, st])),
    byInsurer: new Map(),
    byDrug: new Map(),
    byReason: new Map(),
    byInsurerDrug: new Map(),
    byInsurerReason: new Map(),
  };
  for (const reason of REASONS) {
    if (!index.reasons.has(reason)) {
      issues.push({
        file: path.relative(process.cwd(), path.join(dir, 'reasons', `${reason}.md`)),
        line: 1,
        message: `missing the shared text for reason \`${reason}\``,
        fix: 'create the file with `label`, `short`, `answer` and a strategy body',
      });
    }
  }

  const guides = readAll(dir, 'guides', guideSchema, (parsed, data, rel) => {
    const parts = rel.replace(/\.md$/, '').split(path.sep);
    if (parts.length !== 3) {
      return {
        issue: { file: parsed.file, line: 1, message: 'a guide must live at content/guides/{insurer}/{drug}/{reason}.md', fix: 'move the file to that path' },
      };
    }
    const [insurer, drug, reason] = parts as [string, string, string];
    for (const [slug, what] of [
      [insurer, 'insurer'],
      [drug, 'drug'],
    ] as const) {
      const issue = slugIssue(parsed, slug, what);
      if (issue) return { issue };
    }
    if (!index.insurers.has(insurer)) {
      return {
        issue: {
          file: parsed.file,
          line: 1,
          message: `unknown insurer \`${insurer}\``,
          fix: `create content/insurers/${insurer}.md, or move the guide under one of: ${[...index.insurers.keys()].slice(0, 8).join(', ')}`,
        },
      };
    }
    if (!index.drugs.has(drug)) {
      return {
        issue: {
          file: parsed.file,
          line: 1,
          message: `unknown drug or service \`${drug}\``,
          fix: `create content/drugs/${drug}.md (npm run content:new scaffolds it)`,
        },
      };
    }
    if (!isReason(reason)) {
      return {
        issue: {
          file: parsed.file,
          line: 1,
          message: `unknown denial reason \`${reason}\``,
          fix: `name the file one of: ${REASONS.map((r) => `${r}.md`).join(', ')}`,
        },
      };
    }
    const guide: Guide = {
      ...data,
      key: guideKey(insurer, drug, reason),
      insurer,
      drug,
      reason,
      file: parsed.file,
      body: parsed.body,
      bodyLine: parsed.bodyLine,
    };
    return { item: guide };
  });
  issues.push(...guides.issues);

  issues.push(...crossReferenceIssues(index, insurers.items as Insurer[], guides.items as Guide[]));

  const seenGeneric = new Map<string, string>();
  for (const guide of guides.items as Guide[]) {
    if (guide.draft && !includeDrafts) continue;
    const generic = index.drugs.get(guide.drug)?.generic?.toLowerCase() ?? guide.drug;
    const sameTreatment = `${guide.insurer}/${generic}/${guide.reason}`;
    const earlier = seenGeneric.get(sameTreatment);
    if (earlier) {
      issues.push({
        file: guide.file,
        line: 1,
        message: `duplicate guide: ${earlier} already covers this insurer, drug (${generic}) and reason`,
        fix: 'merge the two files into one',
      });
      continue;
    }
    seenGeneric.set(sameTreatment, guide.file);
    index.guides.set(guide.key, guide);
    push(index.byInsurer, guide.insurer, guide);
    push(index.byDrug, guide.drug, guide);
    push(index.byReason, guide.reason, guide);
    push(index.byInsurerDrug, `${guide.insurer}/${guide.drug}`, guide);
    push(index.byInsurerReason, `${guide.insurer}/${guide.reason}`, guide);
  }
  return { index, issues };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Next builds the App Router pages, the Pages Router guide page and the route handlers as separate server
 * bundles, each with its own copy of this module; the index is kept on the process, so a build worker or a
 * server reads the files once for all of them rather than once per bundle.
 */
const MEMO = Symbol.for('denialhelp.content-index');
type Memo = { key: string; index: ContentIndex };
const processMemo = globalThis as typeof globalThis & { [MEMO]?: Memo };

/** The content index, read once per process (each build worker reads the files once). */
export function getContent(): ContentIndex {
  const dir = contentDir();
  const includeDrafts = showDrafts();
  const key = `${dir}\0${includeDrafts}`;
  const memo = processMemo[MEMO];
  if (memo?.key === key) return memo.index;
  const { index, issues } = loadContent({ dir, includeDrafts });
  if (issues.length > 0) throw new ContentError(issues);
  processMemo[MEMO] = { key, index };
  return index;
}

export function relatedGuides(index: ContentIndex, guide: Guide, limit = 6): { sameInsurer: Guide[]; sameDrug: Guide[] } {
  // The guide itself is at most one entry of each list, so the first `limit + 1` are enough (a drug's list
  // holds a guide per payer and reason: hundreds at 10,000 guides, and this runs on every guide page).
  const others = (list: Guide[] | undefined) =>
    (list ?? [])
      .slice(0, limit + 1)
      .filter((g) => g.key !== guide.key)
      .slice(0, limit);
  return { sameInsurer: others(index.byInsurerReason.get(`${guide.insurer}/${guide.reason}`)), sameDrug: others(index.byDrug.get(guide.drug)) };
}

export type { ReasonSlug };
