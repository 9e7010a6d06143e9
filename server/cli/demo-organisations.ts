import type { RecommenderKind } from '../../domain/roles';

export interface OrganisationSeed {
  code: string;
  kind: 'bureau' | 'talent_office' | 'recommender' | 'employer' | 'expert_pool';
  recommenderKind?: RecommenderKind;
  recommender?: string; // code of the recommender an employer reports to
  nameZh: string;
  nameEn: string;
  regionCode?: string;
  address?: string;
  /** Whom to ask, and raise objections with, about the organisation's notices. Demo names and numbers. */
  contactName?: string;
  contactPhone?: string;
}

/** The real county-level divisions of Changchun, each with its HR department as a recommender. */
const districts: [string, string, string, string][] = [
  ['nanguan', '南关区', 'Nanguan District', '220102'],
  ['kuancheng', '宽城区', 'Kuancheng District', '220103'],
  ['chaoyang', '朝阳区', 'Chaoyang District', '220104'],
  ['erdao', '二道区', 'Erdao District', '220105'],
  ['lvyuan', '绿园区', 'Lüyuan District', '220106'],
  ['shuangyang', '双阳区', 'Shuangyang District', '220112'],
  ['jiutai', '九台区', 'Jiutai District', '220113'],
  ['nongan', '农安县', "Nong'an County", '220122'],
  ['yushu', '榆树市', 'Yushu City', '220182'],
  ['dehui', '德惠市', 'Dehui City', '220183'],
  ['gongzhuling', '公主岭市', 'Gongzhuling City', '220184'],
];

export const demoOrganisations: OrganisationSeed[] = [
  {
    code: 'ccrs',
    kind: 'bureau',
    nameZh: '长春市人力资源和社会保障局',
    nameEn: 'Changchun Human Resources and Social Security Bureau',
    address: '长春市朝阳区西民主大街809号',
    contactName: '于昊辰',
    contactPhone: '0431-88522559',
  },
  {
    code: 'ccrcb',
    kind: 'talent_office',
    nameZh: '中共长春市委组织部人才工作办公室',
    nameEn: 'Talent Office, Organisation Department of the CPC Changchun Committee',
  },
  {
    code: 'experts',
    kind: 'expert_pool',
    nameZh: '长春技能大奖评审专家库',
    nameEn: 'Changchun Skills Award expert pool',
  },
  ...districts.map(([code, zh, en, region]) => ({
    code: `hr-${code}`,
    kind: 'recommender' as const,
    recommenderKind: 'district_hr' as const,
    nameZh: `${zh}人力资源和社会保障局`,
    nameEn: `${en} Human Resources and Social Security Bureau`,
    regionCode: region,
    ...(code === 'chaoyang'
      ? { address: '长春市朝阳区建设街1688号', contactName: '刘海燕', contactPhone: '0431-85678123' }
      : {}),
  })),
  {
    code: 'dept-gxj',
    kind: 'recommender',
    recommenderKind: 'city_department',
    nameZh: '长春市工业和信息化局',
    nameEn: 'Changchun Bureau of Industry and Information Technology',
  },
  {
    code: 'dept-jtj',
    kind: 'recommender',
    recommenderKind: 'city_department',
    nameZh: '长春市交通运输局',
    nameEn: 'Changchun Transport Bureau',
  },
  {
    code: 'dept-jsj',
    kind: 'recommender',
    recommenderKind: 'city_department',
    nameZh: '长春市住房和城乡建设局',
    nameEn: 'Changchun Housing and Urban-Rural Development Bureau',
  },
  {
    code: 'school-jsxy',
    kind: 'recommender',
    recommenderKind: 'technical_school',
    nameZh: '长春市技师学院',
    nameEn: 'Changchun Technician College',
  },
  {
    code: 'school-qcgy',
    kind: 'recommender',
    recommenderKind: 'technical_school',
    nameZh: '长春汽车工业高级技工学校',
    nameEn: 'Changchun Automotive Industry Senior Technical School',
  },
  {
    code: 'soe-crrc',
    kind: 'recommender',
    recommenderKind: 'state_enterprise',
    nameZh: '中车长春轨道客车股份有限公司',
    nameEn: 'CRRC Changchun Railway Vehicles Co., Ltd.',
    address: '长春市绿园区青荫路435号',
    contactName: '赵振华',
    contactPhone: '0431-87831234',
  },
  {
    code: 'soe-faw',
    kind: 'recommender',
    recommenderKind: 'state_enterprise',
    nameZh: '中国第一汽车集团有限公司',
    nameEn: 'China FAW Group Co., Ltd.',
  },
  // Employers under the Chaoyang District HR bureau (属地原则). Demo names.
  {
    code: 'emp-jingong',
    kind: 'employer',
    recommender: 'hr-chaoyang',
    nameZh: '长春精工数控机床有限公司',
    nameEn: 'Changchun Precision CNC Machine Tool Co., Ltd.',
    regionCode: '220104',
    address: '长春市朝阳区西安大路1200号',
    contactName: '陈丽华',
    contactPhone: '0431-85551234',
  },
  {
    code: 'emp-guangdian',
    kind: 'employer',
    recommender: 'hr-chaoyang',
    nameZh: '长春光电仪器制造有限公司',
    nameEn: 'Changchun Optoelectronic Instruments Co., Ltd.',
    regionCode: '220104',
    address: '长春市朝阳区红旗街566号',
    contactName: '孟凡宇',
    contactPhone: '0431-85962345',
  },
  {
    code: 'emp-lvyuan-weld',
    kind: 'employer',
    recommender: 'hr-lvyuan',
    nameZh: '长春绿园焊接技术有限公司',
    nameEn: 'Changchun Lüyuan Welding Technology Co., Ltd.',
    regionCode: '220106',
  },
];

export interface UserSeed {
  username: string;
  displayName: string;
  role:
    | 'bureau_admin'
    | 'bureau_staff'
    | 'talent_office'
    | 'recommender_officer'
    | 'employer_officer'
    | 'expert'
    | 'candidate';
  organisation: string;
}

export const demoUsers: UserSeed[] = [
  { username: 'bureau', displayName: '王建国', role: 'bureau_admin', organisation: 'ccrs' },
  { username: 'staff', displayName: '李晓梅', role: 'bureau_staff', organisation: 'ccrs' },
  { username: 'talent', displayName: '张志远', role: 'talent_office', organisation: 'ccrcb' },
  {
    username: 'recommender',
    displayName: '刘海燕',
    role: 'recommender_officer',
    organisation: 'hr-chaoyang',
  },
  { username: 'soe', displayName: '赵振华', role: 'employer_officer', organisation: 'soe-crrc' },
  { username: 'employer', displayName: '陈丽华', role: 'employer_officer', organisation: 'emp-jingong' },
  { username: 'expert', displayName: '孙卫东', role: 'expert', organisation: 'experts' },
  { username: 'candidate', displayName: '周铁军', role: 'candidate', organisation: 'emp-jingong' },
];
