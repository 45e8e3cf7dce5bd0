import type { AppealCase } from '../case-schema';
import { composeLetter } from '../compose';
import type { Journey } from '../journey';
import { composeClaimFileRequest, noticeGapRequests } from './claim-file-request';
import { composeDoctorPacket } from './doctor-packet';
import { composeMissedDeadline } from './missed-deadline';
import { composeNextLevel } from './next-level';
import { caseDeadlines, type DocumentResult } from './shared';

/** Every document a case can produce; each is a pure function to the same `Letter` the renderers take. */
export const DOCUMENT_KINDS = ['appeal', 'claim-file-request', 'plan-missed-deadline', 'next-level', 'doctor-packet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isDocumentKind = (value: string): value is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(value);

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  appeal: 'Appeal letter',
  'claim-file-request': 'Claim file and criteria request',
  'plan-missed-deadline': 'Letter for a missed decision deadline',
  'next-level': 'Request for the next level of review',
  'doctor-packet': 'Doctor’s packet: letter of medical necessity request and peer-to-peer sheet',
};

/** What the payment unlocks: everything but the claim-file request, which is free. */
export const isPaidDocument = (kind: DocumentKind) => kind !== 'claim-file-request';

export type CaseContent = { case: AppealCase; journey: Journey };

/**
 * `today` is the patient's date, for deadlines and for the date on new documents; `letterDate` keeps the
 * appeal letter dated the day it was first composed.
 */
export function composeDocument(kind: DocumentKind, { case: c, journey }: CaseContent, opts: { today: string; letterDate?: string }): DocumentResult {
  switch (kind) {
    case 'appeal': {
      const letter = composeLetter(c, { today: opts.letterDate ?? opts.today });
      return { letter: { ...letter, deadlines: caseDeadlines(c, journey, opts.today) } };
    }
    case 'claim-file-request':
      return {
        letter: {
          ...composeClaimFileRequest(
            { ...c, missingFromNotice: noticeGapRequests(c.planType, c.noticeGaps, { reason: c.reason, timing: c.timing, noticeDate: c.denialDate }) },
            opts,
          ),
          deadlines: caseDeadlines(c, journey, opts.today),
        },
      };
    case 'plan-missed-deadline':
      return composeMissedDeadline(c, journey, opts);
    case 'next-level':
      return composeNextLevel(c, journey, opts);
    case 'doctor-packet':
      return { letter: composeDoctorPacket(c, journey, opts) };
  }
}

export type { DocumentResult };
