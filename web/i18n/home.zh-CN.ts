/**
 * The home page's texts (zh-CN), spread into zh-CN.ts: the edition's dates and what each role does or
 * receives when. `{n}` is the notice's length in working days, as the server gives it.
 */
export const homeZhCN = {
  'home.edition.title': '本届评选',
  'home.edition.window': '报送时间',
  'home.edition.windowNote': '各推荐单位在此期间将申报材料报送市人社局，提前或逾期均不予受理。',
  'home.edition.left.before': '距报送截止还有 {working} 个工作日（{days} 天，含今天）',
  'home.edition.left.open': '正在报送：含今天还有 {working} 个工作日（{days} 天）',
  'home.edition.left.closed': '本届报送已截止',
  'home.edition.left.unknownYear':
    '距报送截止还有 {days} 天（含今天）。{year} 年节假日安排尚未录入，暂不能按工作日计算，请市人社局管理员先维护该年度日历。',
  'home.edition.address': '报送地点',
  'home.edition.contact': '联系人',
  'home.edition.phone': '联系电话',
  'home.edition.loadFailed': '本届评选信息加载失败',

  'home.dates.title': '您的时间安排',
  'home.dates.latest': '最迟 {day}',
  'home.dates.noticeLatest': '最迟 {start} 开始，{end} 期满',
  'home.dates.bureauIntake': '市人社局受理推荐单位报送的申报材料',
  'home.dates.workingLeft': '还有 {n} 个工作日',
  'home.dates.passed': '已过',
  'home.dates.unknown': '待 {year} 年日历录入后计算',
  'home.dates.afterIntake': '受理后由市人社局安排',
  'home.dates.afterCityNotice': '市级公示期满后',
  'home.dates.derivedNote':
    '以上“最迟”日期按工作方案倒推：每一级公示 {n} 个工作日、无异议后方可上报，上报至少比上一级公示开始早一个工作日。',

  'home.dates.unitNotice': '单位公示（{n} 个工作日）',
  'home.dates.unitNotice.hint':
    '经单位领导集体研究决定后在本单位公示；公示无异议的，按评审推荐顺序排序上报。',
  'home.dates.unitReport': '报送推荐单位',
  'home.dates.unitReport.hint': '推荐单位收到后还要评审、集体研究并公示 {n} 个工作日。',
  'home.dates.unitsArrive': '申报单位报送到达',
  'home.dates.unitsArrive.hint': '所属申报单位最迟在此日报送候选人。',
  'home.dates.recommenderNotice': '推荐单位公示（{n} 个工作日）',
  'home.dates.recommenderNotice.hint': '经推荐单位评审、集体研究确定推荐对象后公示；无异议的按顺序排序。',
  'home.dates.deliver': '将申报材料报送市人社局',
  'home.dates.deliver.hint': '送至：{address}',
  'home.dates.recommenderDelivers': '推荐单位将申报材料报送市人社局',
  'home.dates.afterApproval': '人才办审定后',
  'home.dates.intake': '受理推荐单位报送的申报材料',
  'home.dates.intake.hint': '报送地点：{address}',
  'home.dates.review': '专家综合评审',
  'home.dates.review.hint': '市人社局组织专家按评选条件和评选办法评审，择优提出拟评选对象。',
  'home.dates.cityNotice': '市级公示（{n} 个工作日）',
  'home.dates.approval': '报市委组织部人才办审定',
  'home.dates.decision': '市人社局发布获评决定',

  'home.expert.intro':
    '申报材料于报送时间内报送市人社局，受理后进行综合评审。评审分组由市人社局安排；分配给您的评审任务和评审日期由市人社局通知，并会出现在“我的待办”中。',
  'home.expert.panels': '评审分组',
  'home.expert.panels.hint': '由市人社局安排，分配后通知您。',
  'home.talent.intro':
    '市人社局在专家评审和市级公示（{n} 个工作日）结束后，将拟评选对象名单报送人才办审定。名单到达后会出现在“我的待办”中。',
  'home.talent.arrives': '拟评选对象名单报送人才办',
  'home.bureau.intro': '推荐单位在报送时间内报送材料；受理之后的评审、公示和审定日期由市人社局安排。',

  'home.candidate.title': '我的申报',
  'home.candidate.none':
    '所在单位尚未为您建立申报。申报由所在单位填写并推荐；如需您补充个人信息，单位会发给您邀请链接。',
  'home.candidate.view': '查看申报',
  'home.candidate.status': '当前进度',
  'home.candidate.next': '接下来',
  'home.candidate.next.employer':
    '所在单位办理中：经单位领导集体研究后，在本单位公示 {n} 个工作日，无异议后报送推荐单位。',
  'home.candidate.next.employerBy': '单位最迟于 {day} 报送推荐单位。',
  'home.candidate.next.recommender':
    '已报送推荐单位：推荐单位评审并公示 {n} 个工作日后，于报送时间内报送市人社局。',
  'home.candidate.next.bureau': '已报市人社局：受理后由专家综合评审，拟评选对象在全市公示 {n} 个工作日。',
  'home.candidate.next.talent_office': '拟评选对象正由市委组织部人才办审定，审定后由市人社局发布获评决定。',
  'home.candidate.next.awarded': '已获评：市人社局授予称号，颁发证书并发放奖金。',
  'home.candidate.next.closed': '本次申报已结束。如有疑问，请联系所在单位。',
} as const;
