import {
  annex2ColumnLabels,
  annex2FieldLabels,
  awardLabels,
  qualificationFields,
  qualificationLevels,
  type SectionName,
  sectionNames,
  witnessLabel,
  yearsInOccupation,
} from '../../domain/application';
import {
  type CodedEntry,
  educationLevels,
  entryByCode,
  ethnicGroups,
  genders,
  politicalStatuses,
  skillLevels,
} from '../../domain/people';
import { awardCodes } from '../../domain/roles';
import type { Annex2Data, Annex2Row } from './annex2-data';
import { annex2ContentHash, shortHash, verificationLink } from './annex2-hash';

/**
 * Annex 2 as the texts it prints, in the annex's order: one view for the PDF and the DOCX, so both
 * papers carry the same labels, the same values and the same hash.
 */

/** The texts of the annex that are not field labels, as the seed prints them. */
export const annex2FormTexts = {
  titleLines: ['长春技能大奖（长春技术能手）', '候选人推荐表'],
  /** Who issued the form, and the form's own line on its title page (the year the form dates from). */
  issuerName: '长春市人力资源和社会保障局',
  issuer: '长春市人力资源和社会保障局2022年制',
  /** The title page's date, left blank for the unit to write in by hand, as on the seed. */
  titleDate: '\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日',
  notesTitle: '注意事项',
  // Verbatim from the seed, including note 3 without its full stop.
  notes: [
    '1.本表供申报长春技能大奖（长春技术能手）使用，填写内容应经人事组织审核认可。',
    '2.一律用电脑A4纸打印，内容要具体、真实、字迹清楚。',
    '3.如填写内容较多，可另加附页',
    '4.此表需候选人所在单位加盖骑缝章。',
    '5.表格中涉及证明人或证明材料的，请填写证明人的姓名（如本单位人事部门的负责人）或附证明材料的复印件。',
  ],
  photo: '照片',
  item: '项目',
  unitOpinion: '本人所在单位推荐意见',
  countyOpinion: '县级人社部门推荐意见',
  cityOpinion: '市级人社部门推荐意见',
  signature: '签字盖章',
  blankDate: '年      月      日',
  maskedNote: '脱敏件：身份证号码、银行账号、联系电话和出生日期已隐去，仅供审定、评审使用',
  verifyCaption: '扫码核验',
  hashCaption: '校验码',
} as const;

export interface Annex2View {
  awardChoices: readonly { label: string; checked: boolean }[];
  name: string;
  employerName: string;
  /** On the masked copy, the line that says so (title page); otherwise null. */
  maskedNote: string | null;
  personal: {
    name: string;
    gender: string;
    birthDate: string;
    ethnicity: string;
    politicalStatus: string;
    education: string;
    occupation: string;
    skill: string;
    workStart: string;
    yearsInOccupation: string;
    postalCode: string;
    employerName: string;
    idNumber: string;
    bankAccount: string;
    address: string;
    landline: string;
    mobile: string;
    email: string;
  };
  /** The personal-data grid, row by row (see `personalGrid`). */
  grid: readonly (readonly GridCell[])[];
  workHistory: readonly { period: string; place: string; witness: string }[];
  /** The seven 项目 rows after the work history, each with its entries (possibly none). */
  items: readonly { label: string; rows: readonly { content: string; witness: string }[] }[];
  opinions: readonly { label: string; text: string; signature: boolean }[];
  hash: string;
  shortHash: string;
  link: string;
}

export function annex2View(data: Annex2Data): Annex2View {
  const hash = annex2ContentHash(data);
  const employerName = data.employerName ?? '';
  const personal = personalOf(data, employerName);
  return {
    awardChoices: awardCodes.map((code) => ({ label: awardLabels[code].zh, checked: code === data.award })),
    name: data.name ?? '',
    employerName,
    maskedNote: data.masked ? annex2FormTexts.maskedNote : null,
    personal,
    grid: personalGrid(personal),
    workHistory: data.sections.workHistory.map((row) => ({
      period: periodText(row),
      place: [row.place, row.content].filter(Boolean).join('，'),
      witness: row.witness ?? '',
    })),
    items: sectionNames
      .filter((name): name is Exclude<SectionName, 'workHistory'> => name !== 'workHistory')
      .map((name) => ({
        label: annex2FieldLabels[name].zh,
        rows: data.sections[name].map((row) => ({
          content: [periodText(row), row.content].filter(Boolean).join('\u3000'),
          witness: row.witness ?? '',
        })),
      })),
    opinions: [
      { label: annex2FormTexts.unitOpinion, text: data.unitOpinion?.trim() ?? '', signature: true },
      { label: annex2FormTexts.countyOpinion, text: '', signature: true },
      // The annex gives the city bureau's box a date line only.
      { label: annex2FormTexts.cityOpinion, text: '', signature: false },
    ],
    hash,
    shortHash: shortHash(hash),
    link: verificationLink(data.verificationUrl, hash),
  };
}

/**
 * A two-character label spaced to the width of four (姓　　名), as the annex sets its short labels; wider
 * headings letter-spaced (主　要　经　历). The spaces are ideographic, so the text layer still reads 姓名.
 */
export function spaced(label: string, gap = 2): string {
  return [...label].join('\u3000'.repeat(gap));
}

/** The printed label of a field: short ones spaced as on the annex. */
export function fieldLabel(field: keyof typeof annex2FieldLabels): string {
  const label = annex2FieldLabels[field].zh;
  return label.length === 2 ? spaced(label) : label;
}

/** Headings of the tables, as the annex prints them. */
export const annex2Headings = {
  workHistory: spaced(annex2FieldLabels.workHistory.zh, 1),
  period: annex2ColumnLabels.period.zh,
  place: annex2ColumnLabels.place.zh,
  workWitness: witnessLabel('workHistory').zh,
  item: spaced(annex2FormTexts.item),
  content: spaced(annex2ColumnLabels.content.zh, 3),
  itemWitness: witnessLabel('patents').zh,
  photo: spaced(annex2FormTexts.photo),
  unit: spaced('单位'),
};

function personalOf(data: Annex2Data, employerName: string): Annex2View['personal'] {
  return {
    name: data.name ?? '',
    gender: zhOf(genders, data.gender),
    birthDate: data.birthDate
      ? dateZh(data.birthDate, { pad: true })
      : data.birthYear
        ? `${data.birthYear}年`
        : '',
    ethnicity: zhOf(ethnicGroups, data.ethnicity),
    politicalStatus: zhOf(politicalStatuses, data.politicalStatus),
    education: zhOf(educationLevels, data.education),
    occupation: data.occupation ?? '',
    skill: skillText(data),
    workStart: data.workStartDate ? yearMonthZh(data.workStartDate) : '',
    yearsInOccupation: yearsText(yearsInOccupation(data.occupationStartDate, data.referenceDate)),
    postalCode: data.postalCode ?? '',
    employerName,
    idNumber: data.idNumber ?? '',
    bankAccount: groupDigits(data.bankAccount ?? ''),
    address: data.address ?? '',
    landline: data.landline ?? '',
    mobile: data.mobile ?? '',
    email: data.email ?? '',
  };
}

export interface GridCell {
  text: string;
  /** A printed label (宋体 in the DOCX) rather than a filled-in value. */
  label: boolean;
  span: number;
  align: 'center' | 'left';
}

/** Widths (points) of the grid's first five columns; the sixth takes the rest of the 483 pt body. */
export const personalColumnWidths = [110, 88, 119, 72, 48] as const;
/** The photo cell spans the last two columns of the first rows. */
export const PHOTO_ROWS = 4;

/**
 * The personal-data grid as the annex lays it out: label, value, label, value (and, in the first four
 * rows, the photo in the last two columns); then 邮政编码 in those columns; then full-width rows.
 */
function personalGrid(p: Annex2View['personal']): GridCell[][] {
  const label = (field: keyof typeof annex2FieldLabels): GridCell => ({
    text: fieldLabel(field),
    label: true,
    span: 1,
    align: 'center',
  });
  const value = (text: string, span = 1): GridCell => ({
    text,
    label: false,
    span,
    align: span > 3 ? 'left' : 'center',
  });
  const wide = (field: keyof typeof annex2FieldLabels, text: string) => [label(field), value(text, 5)];
  return [
    [label('name'), value(p.name), label('gender'), value(p.gender)],
    [label('birthDate'), value(p.birthDate), label('ethnicity'), value(p.ethnicity)],
    [label('politicalStatus'), value(p.politicalStatus), label('education'), value(p.education)],
    [label('occupation'), value(p.occupation), label('skillLevel'), value(p.skill)],
    [
      label('workStartDate'),
      value(p.workStart),
      label('occupationStartDate'),
      value(p.yearsInOccupation),
      label('postalCode'),
      value(p.postalCode),
    ],
    wide('employerName', p.employerName),
    wide('idNumber', p.idNumber),
    wide('bankAccount', p.bankAccount),
    wide('address', p.address),
    [label('landline'), value(p.landline), label('mobile'), value(p.mobile, 3)],
    wide('email', p.email),
  ];
}

function zhOf(entries: readonly CodedEntry[], code: string | undefined): string {
  if (code === undefined) return '';
  return entryByCode(entries, code)?.zh ?? code;
}

function skillText(data: Annex2Data): string {
  const parts: string[] = [];
  if (data.skillLevel) parts.push(zhOf(skillLevels, data.skillLevel));
  const qualification = data.professionalQualification;
  if (qualification) {
    const field = zhOf(qualificationFields, qualification.field);
    const level = zhOf(qualificationLevels, qualification.level);
    parts.push(`${qualification.title}（${field}${level}专业技术资格）`);
  }
  return parts.join('；');
}

/** `1978-03-12` → `1978年03月12日` (pad) or `1978年3月12日`. */
export function dateZh(date: string, options: { pad: boolean }): string {
  const [year, month = '', day = ''] = date.split('-');
  const trim = (part: string) => (options.pad ? part : String(Number(part)));
  return `${year}年${trim(month)}月${trim(day)}日`;
}

/** `1997-07-01` or `1997-07` → `1997年07月`. */
export function yearMonthZh(date: string): string {
  return `${date.slice(0, 4)}年${date.slice(5, 7)}月`;
}

function yearsText(years: number | null): string {
  if (years === null) return '';
  return years < 1 ? '不足1年' : `${years}年`;
}

/**
 * A row's period as the annex writes it, the same in every section: `1997.07—2010.12`; a start without
 * an end is open (`2011.01—至今`: a post still held, a title still borne), as the rows are defined
 * (domain/application/sections.ts); a single month (`2022.09`, a prize) is a period that ends where it
 * starts; empty without dates.
 */
export function periodText(row: Pick<Annex2Row, 'from' | 'to'>): string {
  const month = (value: string) => value.replace('-', '.');
  if (!row.from) return row.to ? month(row.to) : '';
  if (!row.to) return `${month(row.from)}—${annex2ColumnLabels.untilNow.zh}`;
  return row.from === row.to ? month(row.from) : `${month(row.from)}—${month(row.to)}`;
}

/** Groups of four digits, easier to read and copy from paper. */
function groupDigits(value: string): string {
  return value.replace(/\s/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
}
