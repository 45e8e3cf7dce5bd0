/**
 * Every legal citation the product prints, each written once. Plan rules, letters, pages and tests refer to
 * these names, so a grep for a citation finds its one definition here. Sources: ../shared/APPEAL-RULES.md.
 */

// ERISA claims procedure (29 CFR 2560.503-1), also incorporated for other plans by 45 CFR 147.136 and 26 CFR 54.9815-2719.
export const ERISA_CLAIMS = '29 CFR 2560.503-1';
export const ERISA_APPEAL_WINDOW = '29 CFR 2560.503-1(h)(3)(i)';
export const ERISA_APPEAL_DECISION = '29 CFR 2560.503-1(i)(2)';
export const ERISA_URGENT_DECISION = '29 CFR 2560.503-1(i)(2)(i)';
export const ERISA_URGENT_DEFINITION = '29 CFR 2560.503-1(m)(1)';
export const ERISA_CONCURRENT_CARE = '29 CFR 2560.503-1(f)(2)(ii)';
export const ERISA_CLAIM_FILE = '29 CFR 2560.503-1(h)(2)(iii)';
export const ERISA_FULL_REVIEW = '29 CFR 2560.503-1(h)(2)(iv)';
export const ERISA_CRITERIA = '29 CFR 2560.503-1(g)(1)(v)';
export const ERISA_CLINICAL_JUDGMENT = '29 CFR 2560.503-1(g)(1)(v)(B)';
export const ERISA_RELEVANT = '29 CFR 2560.503-1(m)(8)';
export const ERISA_EXPERTS = '29 CFR 2560.503-1(h)(3)(iv)';
export const ERISA_NO_DEFERENCE = '29 CFR 2560.503-1(h)(3)(ii)';
export const ERISA_FAIR_REVIEWER = '29 CFR 2560.503-1(h)(3)(ii)–(v)';
export const ERISA_DEEMED_EXHAUSTION = '29 CFR 2560.503-1(l)';
export const ERISA_NOTICE_CONTENTS = '29 CFR 2560.503-1(g)(1)';
export const ERISA_NOTICE_REASON = '29 CFR 2560.503-1(g)(1)(i)';
export const ERISA_NOTICE_PROVISION = '29 CFR 2560.503-1(g)(1)(ii)';
export const ERISA_NOTICE_INFO_NEEDED = '29 CFR 2560.503-1(g)(1)(iii)';
export const ERISA_NOTICE_PROCEDURES = '29 CFR 2560.503-1(g)(1)(iv)';
export const ERISA_NOTICE_CRITERIA = '29 CFR 2560.503-1(g)(1)(v)(A)';
export const ERISA_NOTICE_EXPEDITED = '29 CFR 2560.503-1(g)(1)(vi)';
export const ERISA_GOVERNMENTAL_EXCLUSION = '29 U.S.C. 1003(b)(1)';
export const ERISA_CHURCH_EXCLUSION = '29 U.S.C. 1003(b)(2)';

// The ACA rules for employer plans under ERISA (Department of Labor's copy of PHSA §2719).
export const DOL_ACA_APPEALS = '29 CFR 2590.715-2719';
export const DOL_ACA_NEW_EVIDENCE = '29 CFR 2590.715-2719(b)(2)(ii)(C)';
export const DOL_ACA_NOTICE = '29 CFR 2590.715-2719(b)(2)(ii)(E)';
export const DOL_ACA_DEEMED_EXHAUSTION = '29 CFR 2590.715-2719(b)(2)(ii)(F)';
export const DOL_ACA_CONTINUED_COVERAGE = '29 CFR 2590.715-2719(b)(2)(iii)';
export const DOL_ACA_EXTERNAL_REVIEW = '29 CFR 2590.715-2719(c)–(d)';

// HHS's rule (45 CFR 147.136): individual coverage, non-federal governmental plans, and insurers.
export const HHS_APPEALS = '45 CFR 147.136';
export const HHS_GROUP_PLANS = '45 CFR 147.136(b)(2)(i)';
export const HHS_GROUP_NEW_EVIDENCE = '45 CFR 147.136(b)(2)(ii)(C)';
export const HHS_GROUP_NOTICE = '45 CFR 147.136(b)(2)(ii)(E)';
export const HHS_GROUP_DEEMED_EXHAUSTION = '45 CFR 147.136(b)(2)(ii)(F)';
export const HHS_GROUP_CONTINUED_COVERAGE = '45 CFR 147.136(b)(2)(iii)';
export const HHS_INDIVIDUAL = '45 CFR 147.136(b)(3)';
export const HHS_INDIVIDUAL_ONE_LEVEL = '45 CFR 147.136(b)(3)(ii)(G)';
export const HHS_INDIVIDUAL_DEEMED_EXHAUSTION = '45 CFR 147.136(b)(3)(ii)(F)';
export const HHS_INDIVIDUAL_CONTINUED_COVERAGE = '45 CFR 147.136(b)(3)(iii)';
export const HHS_GRANDFATHERED_EXCEPTION = '45 CFR 147.136(a)(1)(ii)';
export const HHS_EXTERNAL_REVIEW = '45 CFR 147.136(c)–(d)';
export const HHS_STATE_EXTERNAL_REVIEW = '45 CFR 147.136(c)';
export const HHS_EXTERNAL_REVIEW_WINDOW = '45 CFR 147.136(d)(2)(i)';
export const HHS_EXTERNAL_REVIEW_DECISION = '45 CFR 147.136(d)(2)(iii)(B)(6)';
export const HHS_EXPEDITED_EXTERNAL_REVIEW = '45 CFR 147.136(d)(3)';
export const HHS_GRANDFATHERED_DEFINITION = '45 CFR 147.140';
export const EHB_DRUG_EXCEPTIONS = '45 CFR 156.122(c)';
export const PHSA_APPEALS = '42 U.S.C. 300gg-19';

// The Treasury's copy of PHSA §2719, which reaches church plans.
export const TREASURY_APPEALS = '26 CFR 54.9815-2719';
export const TREASURY_GROUP_PLANS = '26 CFR 54.9815-2719(b)(2)(i)';
export const TREASURY_DEEMED_EXHAUSTION = '26 CFR 54.9815-2719(b)(2)(ii)(F)';
export const TREASURY_CONTINUED_COVERAGE = '26 CFR 54.9815-2719(b)(2)(iii)';
export const TREASURY_EXTERNAL_REVIEW = '26 CFR 54.9815-2719(d)';

// FEHB.
export const FEHB_RECONSIDERATION = '5 CFR 890.105(b)(1)';
export const FEHB_CARRIER_DECISION = '5 CFR 890.105(b)(2)';
export const FEHB_OPM_REVIEW = '5 CFR 890.105(e)(1)';
export const FEHB_OPM_DECISION = '5 CFR 890.105(e)(4)';
export const FEHB_RULES = '5 CFR 890.105';
export const FEHB_BROCHURE = 'FEHB carrier brochure (not set by 5 CFR 890.105)';

// Medicare Advantage (Part C).
export const MA_RECONSIDERATION = '42 CFR 422.582';
export const MA_RECONSIDERATION_WINDOW = '42 CFR 422.582(b)';
export const MA_EXPEDITE_REQUEST = '42 CFR 422.584';
export const MA_DECISION_PRE_SERVICE = '42 CFR 422.590(a)';
export const MA_DECISION_PAYMENT = '42 CFR 422.590(b)';
export const MA_DECISION_PART_B_DRUG = '42 CFR 422.590(c)';
export const MA_DECISION_EXPEDITED = '42 CFR 422.590(e)';
export const MA_DECISION_EXTENSION = '42 CFR 422.590(f)';
export const MA_DECISIONS = '42 CFR 422.590';
export const MA_LATE_IS_AFFIRMATION = '42 CFR 422.590(g)';
export const MA_IRE = '42 CFR 422.592';
export const MA_NOTICE = '42 CFR 422.568(e)';

// Medicare Part D.
export const PART_D_REDETERMINATION = '42 CFR 423.582';
export const PART_D_REDETERMINATION_WINDOW = '42 CFR 423.582(b)';
export const PART_D_EXPEDITE_REQUEST = '42 CFR 423.584';
export const PART_D_EXCEPTIONS = '42 CFR 423.578(b)';
export const PART_D_EXCEPTION_STANDARD = '42 CFR 423.568(b)';
export const PART_D_EXCEPTION_EXPEDITED = '42 CFR 423.572(a)';
export const PART_D_DECISION_STANDARD = '42 CFR 423.590(a)';
export const PART_D_DECISION_PAYMENT = '42 CFR 423.590(b)';
export const PART_D_LATE_IS_ADVERSE = '42 CFR 423.590(c)';
export const PART_D_DECISION_EXPEDITED = '42 CFR 423.590(d)';
export const PART_D_DECISIONS = '42 CFR 423.590';
export const PART_D_IRE = '42 CFR 423.600';
export const PART_D_IRE_WINDOW = '42 CFR 423.600(a)';
export const PART_D_NOTICE = '42 CFR 423.568(g)';
export const MEDICARE_IRE_CLOCKS = 'Medicare.gov, Part D appeals level 2';

// Original Medicare (Parts A and B).
export const OM_REDETERMINATION = '42 CFR 405.940';
export const OM_REDETERMINATION_WINDOW = '42 CFR 405.942(a)';
export const OM_REDETERMINATION_DECISION = '42 U.S.C. 1395ff(a)(3)(C)(ii)';
export const OM_RECONSIDERATION_WINDOW = '42 CFR 405.962(a)';
export const OM_RECONSIDERATION_DECISION = '42 U.S.C. 1395ff(c)(3)(C)(i)';
export const OM_QIC_ESCALATION = '42 CFR 405.1002(b)';
export const OM_ALJ_WINDOW = '42 CFR 405.1002(a)';
export const OM_FAST_TRACK = '42 CFR 405.1200–405.1206';

// Medicaid managed care (42 CFR 438 subpart F).
export const MEDICAID_APPEAL = '42 CFR 438.402';
export const MEDICAID_APPEAL_WINDOW = '42 CFR 438.402(c)(2)(ii)';
export const MEDICAID_NOTICE = '42 CFR 438.404(b)';
export const MEDICAID_NOTICE_REASONS = '42 CFR 438.404(b)(2)';
export const MEDICAID_NOTICE_CRITERIA = MEDICAID_NOTICE_REASONS;
export const MEDICAID_NOTICE_APPEAL_RIGHT = '42 CFR 438.404(b)(3)';
export const MEDICAID_NOTICE_EXPEDITED = '42 CFR 438.404(b)(5)';
export const MEDICAID_NOTICE_CONTINUATION = '42 CFR 438.404(b)(6)';
export const MEDICAID_REVIEWERS = '42 CFR 438.406(b)(2)';
export const MEDICAID_CASE_FILE = '42 CFR 438.406(b)(5)';
export const MEDICAID_DECISION_STANDARD = '42 CFR 438.408(b)(2)';
export const MEDICAID_DECISION_EXPEDITED = '42 CFR 438.408(b)(3)';
export const MEDICAID_DECISION_EXTENSION = '42 CFR 438.408(c)';
export const MEDICAID_DEEMED_EXHAUSTION = '42 CFR 438.408(c)(3)';
export const MEDICAID_FAIR_HEARING_WINDOW = '42 CFR 438.408(f)(2)';
export const MEDICAID_EXPEDITE_REQUEST = '42 CFR 438.410(a)';
export const MEDICAID_CONTINUED_BENEFITS = '42 CFR 438.420';

// Medicaid fee-for-service: the State fair hearing (42 CFR 431 subpart E).
export const FAIR_HEARING_RIGHT = '42 CFR 431.220(a)(1)';
export const FAIR_HEARING_WINDOW = '42 CFR 431.221(d)';
export const FAIR_HEARING_EXPEDITED = '42 CFR 431.224(a)(1)';
export const FAIR_HEARING_DECISION = '42 CFR 431.244(f)(1)(ii)';
export const FAIR_HEARING_EXPEDITED_DECISION = '42 CFR 431.244(f)(2)';
export const FAIR_HEARING_MAINTAIN_SERVICES = '42 CFR 431.230';
export const FAIR_HEARING_STATUTE = '42 U.S.C. 1396a(a)(3)';
export const FAIR_HEARING_NOTICE = '42 CFR 431.210';

// Separate CHIP: the State review (42 CFR 457 subpart K).
export const CHIP_REVIEW = '42 CFR 457.1130(b)';
export const CHIP_REVIEW_STANDARDS = '42 CFR 457.1140';
export const CHIP_INDEPENDENT_REVIEWER = '42 CFR 457.1150(b)';
export const CHIP_TIMEFRAMES = '42 CFR 457.1160';
export const CHIP_NOTICE = '42 CFR 457.1180';

// TRICARE.
export const TRICARE_RECONSIDERATION_WINDOW = '32 CFR 199.10(b)(1)(iii)';
export const TRICARE_POSTMARK = '32 CFR 199.10(b)(1)(iv)';
export const TRICARE_RECONSIDERATION_DECISION = '32 CFR 199.10(b)(3)';
export const TRICARE_FORMAL_REVIEW_WINDOW = '32 CFR 199.10(c)(1)(iii)';
export const TRICARE_FORMAL_REVIEW_DECISION = '32 CFR 199.10(c)(3)';
export const TRICARE_HEARING_WINDOW = '32 CFR 199.10(d)(1)(iii)';
export const TRICARE_APPEALS = '32 CFR 199.10';
export const TRICARE_MEDICAL_NECESSITY = '32 CFR 199.15(h)';
export const TRICARE_SECOND_RECONSIDERATION = '32 CFR 199.15(f)(3)(ii)(A)';
export const TRICARE_QIO_DECISION = '42 CFR 478.32(a)';
export const TRICARE_EXPEDITED = 'TRICARE Quality Monitoring Contractor, expedited appeals';

// The CMS Interoperability and Prior Authorization rule: impacted payers give a specific reason for a prior-authorization denial.
export const CMS_0057_F = 'CMS-0057-F (89 FR 8758)';
