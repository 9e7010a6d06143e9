import { z } from 'zod';

/**
 * Coded values of the recommendation form (Annex 2): 民族 ethnic group, 政治面貌 political status,
 * 文化程度 education, 技能水平 skill level, 性别 gender, and the post kind (工人/干部).
 * Every entry carries `{ code, zh, en }`; `code` is what is stored.
 */
export interface CodedEntry<Code extends string = string> {
  readonly code: Code;
  readonly zh: string;
  readonly en: string;
}

/**
 * The 56 ethnic groups, GB/T 3304-1991 order and codes. `en` is the English name used in the UI;
 * `roman` and `alpha` are the standard's own romanisation and two-letter code (the standard writes
 * Zang, Chosen, Man where English readers know Tibetan, Korean, Manchu).
 */
export interface EthnicGroup extends CodedEntry {
  readonly roman: string;
  readonly alpha: string;
}

const ethnicRows = [
  ['01', '汉族', 'Han', 'Han', 'HA'],
  ['02', '蒙古族', 'Mongol', 'Mongol', 'MG'],
  ['03', '回族', 'Hui', 'Hui', 'HU'],
  ['04', '藏族', 'Tibetan', 'Zang', 'ZA'],
  ['05', '维吾尔族', 'Uyghur', 'Uygur', 'UG'],
  ['06', '苗族', 'Miao', 'Miao', 'MH'],
  ['07', '彝族', 'Yi', 'Yi', 'YI'],
  ['08', '壮族', 'Zhuang', 'Zhuang', 'ZH'],
  ['09', '布依族', 'Bouyei', 'Buyei', 'BY'],
  ['10', '朝鲜族', 'Korean', 'Chosen', 'CS'],
  ['11', '满族', 'Manchu', 'Man', 'MA'],
  ['12', '侗族', 'Dong', 'Dong', 'DO'],
  ['13', '瑶族', 'Yao', 'Yao', 'YA'],
  ['14', '白族', 'Bai', 'Bai', 'BA'],
  ['15', '土家族', 'Tujia', 'Tujia', 'TJ'],
  ['16', '哈尼族', 'Hani', 'Hani', 'HN'],
  ['17', '哈萨克族', 'Kazakh', 'Kazak', 'KZ'],
  ['18', '傣族', 'Dai', 'Dai', 'DA'],
  ['19', '黎族', 'Li', 'Li', 'LI'],
  ['20', '傈僳族', 'Lisu', 'Lisu', 'LS'],
  ['21', '佤族', 'Va', 'Va', 'VA'],
  ['22', '畲族', 'She', 'She', 'SH'],
  ['23', '高山族', 'Gaoshan', 'Gaoshan', 'GS'],
  ['24', '拉祜族', 'Lahu', 'Lahu', 'LH'],
  ['25', '水族', 'Shui', 'Sui', 'SU'],
  ['26', '东乡族', 'Dongxiang', 'Dongxiang', 'DX'],
  ['27', '纳西族', 'Naxi', 'Naxi', 'NX'],
  ['28', '景颇族', 'Jingpo', 'Jingpo', 'JP'],
  ['29', '柯尔克孜族', 'Kirgiz', 'Kirgiz', 'KG'],
  ['30', '土族', 'Tu', 'Tu', 'TU'],
  ['31', '达斡尔族', 'Daur', 'Daur', 'DU'],
  ['32', '仫佬族', 'Mulam', 'Mulao', 'ML'],
  ['33', '羌族', 'Qiang', 'Qiang', 'QI'],
  ['34', '布朗族', 'Blang', 'Blang', 'BL'],
  ['35', '撒拉族', 'Salar', 'Salar', 'SL'],
  ['36', '毛南族', 'Maonan', 'Maonan', 'MN'],
  ['37', '仡佬族', 'Gelao', 'Gelao', 'GL'],
  ['38', '锡伯族', 'Xibe', 'Xibe', 'XB'],
  ['39', '阿昌族', 'Achang', 'Achang', 'AC'],
  ['40', '普米族', 'Pumi', 'Pumi', 'PM'],
  ['41', '塔吉克族', 'Tajik', 'Tajik', 'TA'],
  ['42', '怒族', 'Nu', 'Nu', 'NU'],
  ['43', '乌孜别克族', 'Uzbek', 'Uzbek', 'UZ'],
  ['44', '俄罗斯族', 'Russian', 'Russ', 'RS'],
  ['45', '鄂温克族', 'Ewenki', 'Ewenki', 'EW'],
  ['46', '德昂族', "De'ang", 'Deang', 'DE'],
  ['47', '保安族', 'Bonan', 'Bonan', 'BN'],
  ['48', '裕固族', 'Yugur', 'Yugur', 'YG'],
  ['49', '京族', 'Jing', 'Gin', 'GI'],
  ['50', '塔塔尔族', 'Tatar', 'Tatar', 'TT'],
  ['51', '独龙族', 'Derung', 'Derung', 'DR'],
  ['52', '鄂伦春族', 'Oroqen', 'Oroqen', 'OR'],
  ['53', '赫哲族', 'Hezhen', 'Hezhen', 'HZ'],
  ['54', '门巴族', 'Monba', 'Monba', 'MB'],
  ['55', '珞巴族', 'Lhoba', 'Lhoba', 'LB'],
  ['56', '基诺族', 'Jino', 'Jino', 'JN'],
] as const;

export type EthnicGroupCode = (typeof ethnicRows)[number][0];
export const ethnicGroups: readonly (EthnicGroup & { code: EthnicGroupCode })[] = ethnicRows.map(
  ([code, zh, en, roman, alpha]) => ({ code, zh, en, roman, alpha }),
);
export const ethnicGroupCodes = ethnicRows.map(([code]) => code) as [EthnicGroupCode, ...EthnicGroupCode[]];

/** Political status, GB/T 4762. */
export const politicalStatuses = [
  { code: '01', zh: '中共党员', en: 'Member of the Communist Party of China' },
  { code: '02', zh: '中共预备党员', en: 'Probationary member of the Communist Party of China' },
  { code: '03', zh: '共青团员', en: 'Member of the Communist Youth League' },
  { code: '04', zh: '民革党员', en: 'Member of the Revolutionary Committee of the Chinese Kuomintang' },
  { code: '05', zh: '民盟盟员', en: 'Member of the China Democratic League' },
  { code: '06', zh: '民建会员', en: 'Member of the China National Democratic Construction Association' },
  { code: '07', zh: '民进会员', en: 'Member of the China Association for Promoting Democracy' },
  { code: '08', zh: '农工党党员', en: "Member of the Chinese Peasants' and Workers' Democratic Party" },
  { code: '09', zh: '致公党党员', en: 'Member of the China Zhi Gong Party' },
  { code: '10', zh: '九三学社社员', en: 'Member of the Jiusan Society' },
  { code: '11', zh: '台盟盟员', en: 'Member of the Taiwan Democratic Self-Government League' },
  { code: '12', zh: '无党派人士', en: 'Non-party personage' },
  { code: '13', zh: '群众', en: 'Ordinary citizen (no affiliation)' },
] as const satisfies readonly CodedEntry[];
export type PoliticalStatusCode = (typeof politicalStatuses)[number]['code'];

/**
 * Education (文化程度) as an HR form asks it, highest first, with the GB/T 4658-2006 code of the
 * completed level (博士研究生毕业 11, 硕士研究生毕业 14, 大学本科毕业 21, 专科毕业 31, 中专毕业 41,
 * 职高毕业 44, 技工学校毕业 47, 普通高中毕业 61, 初中毕业 71, 小学教育 80 standing for "primary or less").
 */
export const educationLevels = [
  { code: '11', zh: '研究生（博士）', en: 'Postgraduate (doctorate)' },
  { code: '14', zh: '研究生（硕士）', en: "Postgraduate (master's)" },
  { code: '21', zh: '大学本科', en: "Bachelor's degree programme" },
  { code: '31', zh: '大学专科', en: 'Junior college' },
  { code: '41', zh: '中等专科', en: 'Secondary specialised school' },
  { code: '47', zh: '技工学校', en: 'Skilled-worker school' },
  { code: '44', zh: '职业高中', en: 'Vocational high school' },
  { code: '61', zh: '普通高中', en: 'General high school' },
  { code: '71', zh: '初中', en: 'Junior middle school' },
  { code: '80', zh: '小学及以下', en: 'Primary school or less' },
] as const satisfies readonly CodedEntry[];
export type EducationLevelCode = (typeof educationLevels)[number]['code'];

/** Skill levels (技能水平), lowest first: the array index is the rank. */
export const skillLevels = [
  { code: 'apprentice', zh: '学徒工', en: 'Apprentice' },
  { code: 'level5', zh: '初级工（五级）', en: 'Junior worker (level 5)' },
  { code: 'level4', zh: '中级工（四级）', en: 'Intermediate worker (level 4)' },
  { code: 'level3', zh: '高级工（三级）', en: 'Senior worker (level 3)' },
  { code: 'level2', zh: '技师（二级）', en: 'Technician (level 2)' },
  { code: 'level1', zh: '高级技师（一级）', en: 'Senior technician (level 1)' },
  { code: 'special', zh: '特级技师', en: 'Special-grade technician' },
  { code: 'chief', zh: '首席技师', en: 'Chief technician' },
] as const satisfies readonly CodedEntry[];
export type SkillLevel = (typeof skillLevels)[number]['code'];

export const genders = [
  { code: 'male', zh: '男', en: 'Male' },
  { code: 'female', zh: '女', en: 'Female' },
] as const satisfies readonly CodedEntry[];
export type Gender = (typeof genders)[number]['code'];

/** Kind of post: a worker (工人) or a cadre (干部) post. */
export const posts = [
  { code: 'worker', zh: '工人', en: 'Worker' },
  { code: 'cadre', zh: '干部', en: 'Cadre' },
] as const satisfies readonly CodedEntry[];
export type Post = (typeof posts)[number]['code'];

function codesOf<const E extends readonly CodedEntry[]>(
  entries: E,
): [E[number]['code'], ...E[number]['code'][]] {
  return entries.map((entry) => entry.code) as [E[number]['code'], ...E[number]['code'][]];
}

export const skillLevelCodes = codesOf(skillLevels);
export const skillLevelSchema = z.enum(skillLevelCodes);
export const genderSchema = z.enum(codesOf(genders));
export const postSchema = z.enum(codesOf(posts));
export const ethnicGroupSchema = z.enum(ethnicGroupCodes);
export const politicalStatusSchema = z.enum(codesOf(politicalStatuses));
export const educationLevelSchema = z.enum(codesOf(educationLevels));

/** 0 for an apprentice … 7 for a chief technician. */
export function skillLevelRank(level: SkillLevel): number {
  return skillLevels.findIndex((entry) => entry.code === level);
}

/** Negative when `a` is below `b`, zero when equal, positive when above: usable with `Array.sort`. */
export function compareSkillLevels(a: SkillLevel, b: SkillLevel): number {
  return skillLevelRank(a) - skillLevelRank(b);
}

/** True when `level` is `minimum` or higher (e.g. 高级技师及以上 for the Skills Grand Award). */
export function isSkillLevelAtLeast(level: SkillLevel, minimum: SkillLevel): boolean {
  return compareSkillLevels(level, minimum) >= 0;
}

/** The entry with that code, or undefined: for showing a stored code in either language. */
export function entryByCode<E extends CodedEntry>(entries: readonly E[], code: string): E | undefined {
  return entries.find((entry) => entry.code === code);
}
