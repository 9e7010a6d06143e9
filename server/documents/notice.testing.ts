/** Test factory for the printable notice: a unit's notice of two candidates. Test-only. */
import type { NoticeDocument } from './notice-pdf';

export function makeNotice(overrides: Partial<NoticeDocument> = {}): NoticeDocument {
  return {
    title: '长春精工数控机床有限公司关于第三届长春技能大奖和长春技术能手推荐人选的公示',
    body: [
      '根据《第三届长春技能大奖和长春技术能手评选工作方案》要求，经个人申报、公司领导班子集体研究，拟推荐以下同志参加第三届长春技能大奖和长春技术能手评选，现予以公示。',
    ].join('\n'),
    organisationName: '长春精工数控机床有限公司',
    startDate: '2025-09-29',
    endDate: '2025-10-11',
    workingDays: 5,
    items: [
      {
        name: '周铁军',
        gender: 'male',
        employerName: '长春精工数控机床有限公司',
        occupation: '数控车工',
        skillLevel: 'level1',
        award: 'grand_award',
        achievementsSummary:
          '从事数控车削加工二十余年，首创薄壁套类零件一次装夹成形方法，合格率由85%提升至99.2%；带徒32名。',
      },
      {
        name: '李春燕',
        gender: 'female',
        employerName: '长春精工数控机床有限公司',
        occupation: '装配钳工',
        skillLevel: 'level3',
        award: 'technical_expert',
        achievementsSummary: '导轨刮研“点面结合”操作法，装配返修率下降70%。',
      },
    ],
    contact: { name: '王丽', phone: '0431-85551234', address: '长春市朝阳区西民主大街809号 人力资源部' },
    issuedOn: '2025-09-29',
    ...overrides,
  };
}
