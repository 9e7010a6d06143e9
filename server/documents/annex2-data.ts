import type { ApplicationDraft, ProfessionalQualification, SectionName } from '../../domain/application';
import type {
  EducationLevelCode,
  EthnicGroupCode,
  Gender,
  PoliticalStatusCode,
  SkillLevel,
} from '../../domain/people';
import type { AwardCode } from '../../domain/roles';

/**
 * What the recommendation form (Annex 2, 候选人推荐表) prints, already decrypted by the caller. Coded
 * values stay codes (the renderers print their zh labels); dates are `YYYY-MM-DD`, periods `YYYY-MM`.
 * Everything but the award may be absent: a draft prints with blank cells for the unit to fill in by hand.
 * The ID number, bank account and phones are in clear on the official paper; on the masked copy (for
 * those who review it but do not hand it in) they are the masks, and the birth date is the year only.
 */
export interface Annex2Data {
  award: AwardCode;
  /** The masked copy: personal numbers masked, `birthYear` instead of `birthDate`, marked as such. */
  masked?: boolean;
  name?: string;
  gender?: Gender;
  birthDate?: string;
  birthYear?: number;
  ethnicity?: EthnicGroupCode;
  politicalStatus?: PoliticalStatusCode;
  education?: EducationLevelCode;
  occupation?: string;
  skillLevel?: SkillLevel;
  /** Printed in the 技能水平 cell, after the skill level when both are given. */
  professionalQualification?: ProfessionalQualification;
  workStartDate?: string;
  occupationStartDate?: string;
  postalCode?: string;
  employerName?: string;
  idNumber?: string;
  bankAccount?: string;
  address?: string;
  landline?: string;
  mobile?: string;
  email?: string;
  sections: Annex2Sections;
  /** 本人所在单位推荐意见; absent or blank: an empty box for the unit to write and seal by hand. */
  unitOpinion?: string;
  photo?: Annex2Photo;
  /**
   * The day the years in the occupation (从事本职业（工种）时间) are counted to. Part of the content
   * hash, so pass a stable day (the edition's reference date), not "today".
   */
  referenceDate: string;
  /** Base of the verification link, e.g. `https://jiangxuan.example/verify/`; the hash is appended. */
  verificationUrl: string;
  /** When the file was produced: the PDF's creation date, not printed (the title page's date is filled in by hand) and not part of the content hash. */
  generatedAt: Date;
}

export interface Annex2Row {
  /** `YYYY-MM`. */
  from?: string;
  /** `YYYY-MM`; absent with a `from`: 至今 (up to now). */
  to?: string;
  /** 在何单位学习、工作 (work history only). */
  place?: string;
  content: string;
  /** 证明人 (work history) or 证明人或证明材料. */
  witness?: string;
}

export type Annex2Sections = Record<SectionName, readonly Annex2Row[]>;

export interface Annex2Photo {
  bytes: Buffer;
  mimeType: 'image/jpeg' | 'image/png';
}

/** The parts of Annex2Data that do not come from the application's draft. */
export interface Annex2Context {
  award?: AwardCode;
  /** The draft carries masks (see `storageToDraft`); print the masked copy with this birth year. */
  masked?: { birthYear: number | null };
  /** The employer organisation's name, printed when the draft names no 工作单位. */
  employerName?: string;
  unitOpinion?: string | null;
  photo?: Annex2Photo;
  referenceDate: string;
  verificationUrl: string;
  generatedAt: Date;
}

/**
 * Annex2Data from a decrypted draft. Build it with this one function both where the form is printed and
 * where the verification page recomputes the hash, so the two always agree.
 */
export function annex2DataFromDraft(draft: ApplicationDraft, context: Annex2Context): Annex2Data {
  const award = context.award ?? draft.award;
  if (award === undefined) throw new TypeError('Annex 2 needs the award category');
  return {
    award,
    ...(context.masked ? { masked: true, birthYear: context.masked.birthYear ?? undefined } : {}),
    name: draft.name,
    gender: draft.gender,
    birthDate: context.masked ? undefined : draft.birthDate,
    ethnicity: draft.ethnicity,
    politicalStatus: draft.politicalStatus,
    education: draft.education,
    occupation: draft.occupation,
    skillLevel: draft.skillLevel,
    professionalQualification: draft.professionalQualification,
    workStartDate: draft.workStartDate,
    occupationStartDate: draft.occupationStartDate,
    postalCode: draft.postalCode,
    employerName: draft.employerName ?? context.employerName,
    idNumber: draft.idNumber,
    bankAccount: draft.bankAccount,
    address: draft.address,
    landline: draft.landline,
    mobile: draft.mobile,
    email: draft.email,
    sections: {
      workHistory: rows(draft.workHistory),
      patents: rows(draft.patents),
      sciTechAwards: rows(draft.sciTechAwards),
      innovations: rows(draft.innovations),
      uniqueSkills: rows(draft.uniqueSkills),
      competitionPrizes: rows(draft.competitionPrizes),
      honours: rows(draft.honours),
      otherAwards: rows(draft.otherAwards),
    },
    unitOpinion: context.unitOpinion ?? undefined,
    photo: context.photo,
    referenceDate: context.referenceDate,
    verificationUrl: context.verificationUrl,
    generatedAt: context.generatedAt,
  };
}

type DraftRow = { from?: string; to?: string; place?: string; content: string; witness?: string };

function rows(section: readonly DraftRow[] | undefined): Annex2Row[] {
  return (section ?? []).map(({ from, to, place, content, witness }) => ({
    from,
    to,
    place,
    content,
    witness,
  }));
}
