import type { Message } from '../domain/message';

/**
 * Every error code the server answers, with its HTTP status and a generic message for the code. The
 * throw sites keep their own messages (they carry live values: a date, a count); the error plugin takes
 * the status from here, and the web shows the message here when an answer comes without one. `{name}`
 * stands for a parameter of the error (`DomainError.params`). A code missing here is a programming error:
 * the plugin answers 500, and contract/errors.test.ts fails on any code thrown in the source but absent.
 */
export interface ErrorEntry {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;
  message: Message;
}

const entry = (status: ErrorEntry['status'], zh: string, en: string): ErrorEntry => ({
  status,
  message: { zh, en },
});

export const errorCatalogue = {
  // The request itself (server/plugins/errors.ts, server/app.ts)
  'validation.failed': entry(
    400,
    '提交的内容有误，请检查标出的字段',
    'Some fields are not valid; please check them',
  ),
  /** Any other 4xx fastify refuses with (malformed JSON, wrong content type); its own status is kept. */
  'request.invalid': entry(400, '请求格式不正确', 'Malformed request'),
  'request.too_large': entry(413, '提交的内容过大', 'The request is too large'),
  not_found: entry(404, '找不到该对象或您无权访问', 'Not found, or not yours to see'),
  internal: entry(500, '系统内部错误，请稍后再试', 'Internal error; please try again later'),
  rate_limited: entry(
    429,
    '请求过于频繁，请 {retryAfterSeconds} 秒后再试',
    'Too many requests; please try again in {retryAfterSeconds} second(s)',
  ),
  'csrf.origin_mismatch': entry(
    403,
    '请求来源不受信任，已拒绝。请从本系统页面重新操作。',
    'The request did not come from this site and was refused. Please retry from the app.',
  ),

  // Sessions and accounts
  'auth.required': entry(401, '请先登录', 'Please log in first'),
  'auth.forbidden': entry(403, '您的角色无权执行此操作', 'Your role may not do this'),
  'auth.invalid_credentials': entry(401, '用户名或密码不正确', 'Wrong username or password'),
  'auth.no_membership': entry(
    403,
    '该账号没有可用的单位角色，请联系管理员',
    'This account has no active role; ask an administrator',
  ),
  'auth.rate_limited': entry(
    429,
    '登录失败次数过多，此账号已暂时锁定，不能从您当前的网络登录，请 {retryAfterSeconds} 秒后再试',
    'Too many failed attempts: this account is locked for your network for {retryAfterSeconds} more second(s)',
  ),
  'user.role_unknown': entry(422, '未知角色', 'Unknown role'),
  'user.password_weak': entry(422, '密码强度不够', 'The password is too weak'),
  'user.username_invalid': entry(
    422,
    '用户名须为 3–32 位字母、数字、下划线、点或连字符',
    'Username: 3–32 letters, digits, underscore, dot or hyphen',
  ),
  'user.username_taken': entry(409, '用户名已存在', 'Username already taken'),
  'user.role_not_for_organisation': entry(
    422,
    '该角色不能属于该类单位',
    'The role cannot belong to this kind of organisation',
  ),
  'organisation.not_found': entry(404, '单位不存在', 'No such organisation'),
  'organisation.no_recommender': entry(
    409,
    '本单位尚未归属推荐单位，请联系市人社局',
    'This unit has no recommender yet; contact the bureau',
  ),
  'edition.none_published': entry(
    409,
    '尚未发布评选届次，请联系市人社局',
    'No edition has been published yet; contact the bureau',
  ),

  // Applications
  'application.not_editable': entry(
    409,
    '申报已提交，不能再修改；如需修改请由上级退回',
    'The application has moved on and can no longer be changed',
  ),
  'application.not_editable_by_role': entry(
    403,
    '只有申报单位可以修改申报',
    'Only the employer unit changes the application',
  ),
  'application.version_conflict': entry(
    409,
    '该申报已被他人修改，请刷新后再保存',
    'Someone else changed this application; reload it and save again',
  ),
  'application.too_many': entry(
    409,
    '本单位该奖项的申报已达上限，不能再新建；请先删除不用的草稿',
    'This unit holds the most applications allowed for this award; delete unused drafts first',
  ),
  'application.not_deletable': entry(
    409,
    '已进入评选程序的申报不能删除，请使用“撤回”',
    'An application past the draft stage cannot be deleted; withdraw it instead',
  ),
  'person.both_awards': entry(
    409,
    '该身份证号码在本届评选中已有申报（同一候选人不得同时申报长春技能大奖和长春技术能手）',
    'This ID number already has an application in this edition (one person, one award)',
  ),
  'award.unknown': entry(422, '本届没有该奖项', 'No such award in this edition'),

  // Attachments
  'attachment.multipart_required': entry(400, '请以表单文件方式上传', 'Upload as multipart/form-data'),
  'attachment.file_missing': entry(400, '没有收到文件', 'No file was sent'),
  'attachment.kind_missing': entry(
    400,
    '请选择材料类型（须在文件之前提交）',
    'Give the kind of attachment (before the file)',
  ),
  'attachment.kind_unknown': entry(400, '未知的材料类型', 'Unknown kind of attachment'),
  'attachment.type_not_allowed': entry(
    415,
    '只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，不看扩展名）',
    'Only PDF, JPEG or PNG files are accepted (judged by their content, not their name)',
  ),
  'attachment.too_large': entry(413, '单个文件不能超过 20 MB', 'A file may be at most 20 MB'),
  'attachment.too_many': entry(
    413,
    '该申报的文件数已达上限',
    'This application holds the most files allowed',
  ),
  'attachment.application_too_large': entry(
    413,
    '该申报的材料总量已超过 100 MB',
    'The attachments of this application exceed 100 MB',
  ),
  'attachment.image_unreadable': entry(
    422,
    '图片文件已损坏或不完整，无法读取。请用相机或扫描软件重新导出为 JPEG 或 PNG 后再上传',
    'The image is damaged or incomplete and cannot be read. Export it again as JPEG or PNG and upload it',
  ),
  'attachment.image_too_large': entry(422, '图片尺寸过大', 'The image is too large'),
  'attachment.not_allowed': entry(
    403,
    '只有申报单位可以上传或删除材料',
    'Only the employer unit adds or removes attachments',
  ),
  'attachment.in_use': entry(
    409,
    '该会议纪要已用于集体研究决定，不能删除',
    'These minutes belong to a recorded decision and cannot be removed',
  ),

  // Candidate invitations
  'invitation.invalid': entry(
    404,
    '邀请链接无效、已使用、已被新链接取代或已过期，请联系所在单位重新发送',
    'This link is invalid, used, replaced by a newer one or expired; ask your unit for a new one',
  ),
  'invitation.not_allowed': entry(
    403,
    '只有申报单位可以邀请候选人',
    'Only the employer unit invites the candidate',
  ),

  // Rules, calendar and quotas (domain/)
  'retirement.invalid_input': entry(
    400,
    '无法计算法定退休年龄：输入有误',
    'Cannot compute the retirement age: invalid input',
  ),
  'calendar.invalid_input': entry(400, '日期或天数有误', 'The date or the number of days is not valid'),
  'calendar.year_unknown': entry(
    422,
    '{year} 年的法定节假日安排尚未收录，请管理员先维护该年度的节假日和调休工作日',
    "The official holiday arrangement for {year} is not on record yet: an administrator must first enter that year's holidays and make-up working days",
  ),
  'calendar.override_invalid': entry(
    400,
    '日历调整无效：日期应为 YYYY-MM-DD 格式的真实日期，类型应为休息日（holiday）或工作日（workday）',
    'Invalid calendar override: the day must be a real date as YYYY-MM-DD and the kind holiday or workday',
  ),
  'calendar.override_conflict': entry(
    400,
    '{day} 同时被设为休息日和工作日，请只保留一项调整',
    '{day} is set both as a holiday and as a working day: keep one override',
  ),
  'quota.table_invalid': entry(
    422,
    '名额分配表缺少该推荐单位类别和奖项的名额，或名额不是非负整数',
    'The quota table has no valid place count (a whole number, 0 or more) for this recommender kind and award',
  ),
  'quota.penalty_invalid': entry(
    400,
    '处分记录无效：扣减名额应为正整数，类型应为扣减名额或取消推荐资格',
    'Invalid penalty: a reduction is a whole number of places, 1 or more, and the kind is quota_reduction or disqualification',
  ),

  // The steps of every level (decision, notice, objections, ranking) and the records of later moves
  'validation.duplicate': entry(400, '申报重复选择', 'An application is listed twice'),
  'decision.in_future': entry(422, '集体研究日期不能晚于今天', 'The decision date cannot be in the future'),
  'decision.minutes_missing': entry(
    422,
    '请先上传会议纪要（材料类型：领导集体研究会议纪要）',
    'Upload the minutes first (kind: decision minutes)',
  ),
  'objection.outside_notice': entry(
    422,
    '异议须在公示期内收到',
    'An objection must be received during the notice',
  ),
  'objection.not_on_notice': entry(422, '该申报不在此次公示中', 'That application is not on this notice'),
  'objection.already_handled': entry(409, '该异议已处理', 'This objection has been handled already'),
  'notice.not_open': entry(409, '该公示已结束', 'This notice is already closed'),
  'notice.before_decision': entry(
    422,
    '公示开始日期不能早于集体研究决定的日期',
    'The notice cannot start before the collective decision',
  ),
  'notice.start_in_past': entry(422, '公示开始日期不能早于今天', 'The notice cannot start before today'),
  'objection.not_upheld': entry(
    422,
    '请先将针对该同志的异议处理为“异议成立”',
    'Record the objection against this candidate as upheld first',
  ),
  'record.date_in_future': entry(422, '日期不能晚于今天', 'The date cannot be later than today'),
  // 综合评审: the expert pool, panels and draw, conflicts, rubric, score sheets, the vote
  'expert.organisation_unknown': entry(400, '所选工作单位不存在', 'The organisation chosen does not exist'),
  'expert.username_taken': entry(409, '该用户名已被其他账号使用', 'The username belongs to another account'),
  'expert.already_in_pool': entry(409, '该账号已在专家库中', 'This account is already in the pool'),
  'panel.exists': entry(409, '该奖项已有评审组', 'This award already has a panel'),
  'panel.expert_unknown': entry(400, '专家库中没有该专家', 'No such expert in the pool'),
  'panel.already_member': entry(409, '该专家已在评审组中', 'The expert is already on the panel'),
  'panel.full': entry(409, '评审组已满 {seats} 人', "The panel's {seats} seats are taken"),
  'draw.already_committed': entry(409, '该评审组已抽取过专家', 'This panel has been drawn already'),
  'draw.not_committed': entry(
    409,
    '请先生成并公布抽取承诺（随机种子的 SM3 值）',
    'Commit to the seed first (its SM3 hash)',
  ),
  'draw.already_drawn': entry(409, '该评审组已抽取过专家', 'This panel has been drawn already'),
  'conflict.expert_missing': entry(400, '请选择需要回避的专家', 'Choose the expert who stands aside'),
  'rubric.in_use': entry(
    409,
    '已有专家评分，评分细则和计分方法不能再修改',
    'Experts have scored already: the rubric and the method can no longer change',
  ),
  'rubric.code_repeated': entry(400, '评分项代码重复', 'A criterion code is used twice'),
  'sheet.review_closed': entry(
    409,
    '该候选人的评审已结束，评分不能再修改',
    "This candidate's review is over: the scores can no longer change",
  ),
  'sheet.locked': entry(
    409,
    '评分表已提交，如需修改请联系市人社局重新开放',
    'The sheet is submitted: ask the bureau to reopen it to change it',
  ),
  'sheet.not_submitted': entry(
    409,
    '该评分表尚未提交，无需重新开放',
    'The sheet is not submitted: there is nothing to reopen',
  ),
  'vote.not_needed': entry(
    409,
    '排名已确定拟评选对象，无需投票',
    'The ranking decides the proposed winners: no vote is needed',
  ),
  'vote.candidates_mismatch': entry(
    400,
    '投票对象应为得分并列的全部候选人',
    'The vote is on exactly the candidates tied',
  ),
  'vote.too_many': entry(400, '得票数超过可投票数', 'More votes than the voters could cast'),
  'vote.still_tied': entry(
    422,
    '投票结果仍然并列，请重新投票',
    'The vote ties again at the last place: vote again',
  ),
  'approval.not_submitted': entry(
    409,
    '该同志未在报送审定的名单中',
    'This candidate was not submitted for approval',
  ),
  'certificate.not_awarded': entry(
    409,
    '获评决定发布后方可打印证书',
    'The certificate is printed once the decision names the winner',
  ),
  'review.no_panel': entry(409, '该奖项尚未组建评审组', 'This award has no panel yet'),
  'review.blind_form': entry(
    409,
    '本奖项为盲评，不提供推荐表原件，请在评分页面查阅隐去身份信息的申报材料',
    'This award is reviewed blind: the form is not printed for experts; read the dossier without identities on the scoring page',
  ),
  'payment.amount_mismatch': entry(422, '奖金金额应为 {expected} 元', 'The prize is {expected} yuan'),
  'ranking.incomplete': entry(
    422,
    '排序须包含本单位该奖项所有公示期满的申报，且每人一次',
    'The ranking lists every application of this award whose notice has ended, each once',
  ),

  // Workflow: refusals of a step (domain/workflow/machine.ts) and its guards (domain/workflow/guards.ts)
  'workflow.unknown_transition': entry(400, '未知的操作', 'Unknown action'),
  'workflow.not_allowed_from_status': entry(
    409,
    '当前状态下不能执行该操作',
    'Not possible in the current status',
  ),
  'workflow.role_not_allowed': entry(403, '您的角色不能执行该操作', 'Your role may not take this step'),
  'workflow.out_of_scope': entry(
    403,
    '该申报不属于您所在单位的管理范围',
    "This application is outside your organisation's remit",
  ),
  'workflow.reason_required': entry(422, '该操作须填写理由', 'This step needs a reason'),
  'workflow.guard_data_missing': entry(
    422,
    '缺少判断所需的信息：{field}',
    'The information needed to decide is missing: {field}',
  ),
  'workflow.materials_incomplete': entry(422, '申报材料不齐全', 'The application materials are incomplete'),
  'workflow.eligibility_errors': entry(422, '未通过资格审核', 'The eligibility check failed'),
  'workflow.warning_unjustified': entry(
    422,
    '有提示尚未填写书面说明理由',
    'A warning still needs a written justification',
  ),
  'workflow.notice_not_scheduled': entry(
    422,
    '公示截止日期 {endDate} 已过，请重新计算公示期',
    'The notice end date {endDate} is past: compute the notice period again',
  ),
  'workflow.notice_not_ended': entry(
    422,
    '公示期至 {endDate}，尚未期满',
    'The notice runs until {endDate} and has not ended',
  ),
  'workflow.objection_upheld': entry(
    422,
    '对该候选人的异议经核查成立，应取消其资格',
    'An objection about this candidate was upheld: disqualify them',
  ),
  'workflow.open_objection': entry(
    422,
    '公示期间有 {openObjections} 件异议尚未处理',
    '{openObjections} objection(s) to the notice are still open',
  ),
  'workflow.not_ranked': entry(422, '尚未排序', 'The application has not been ranked'),
  'workflow.edition_closed': entry(422, '本届评选未在进行中', 'This edition is not open'),
  'quota.exceeded': entry(
    422,
    '推荐名额已用完（已报 {used} 名，名额 {places} 名）',
    'The recommendation quota is used up ({used} reported, {places} place(s))',
  ),
  'window.not_open': entry(
    422,
    '报送时间为 {opens} 至 {closes}（北京时间），尚未开始，提前不予受理',
    'Submissions open at {opens} and close at {closes} (Beijing time); early submissions are refused',
  ),
  'window.closed': entry(
    422,
    '报送已于 {closes}（北京时间）截止（报送时间为 {opens} 至 {closes}），逾期不予受理',
    'Submissions closed at {closes} (Beijing time; the window was {opens} to {closes}); late submissions are refused',
  ),
  'workflow.panel_not_assigned': entry(422, '尚未分配评审专家组', 'No review panel has been assigned'),
  'workflow.scores_incomplete': entry(422, '评审专家尚未全部评分', 'Not every reviewer has scored yet'),
  'review.ranking_incomplete': entry(
    422,
    '本奖项尚有候选人未完成评分，排名尚未确定',
    'Some candidates of this award are not fully scored yet: the ranking is not final',
  ),
  'review.vote_needed': entry(
    422,
    '该候选人与他人得分相同并列最后名额，需先记录领导小组民主择优投票结果',
    "The candidate ties with others for the last place: record the leadership group's vote first",
  ),
  'review.not_among_winners': entry(
    422,
    '按评审排名，该候选人不在本奖项名额之内',
    "By the review's ranking the candidate is not within the award's places",
  ),
  'review.among_winners': entry(
    422,
    '按评审排名，该候选人在本奖项名额之内，应提出为拟评选对象',
    "By the review's ranking the candidate is within the award's places and is to be proposed",
  ),
  'workflow.award_places_exceeded': entry(
    422,
    '拟评选对象已满（已提出 {proposed} 名，名额 {places} 名）',
    'All places are taken ({proposed} proposed, {places} place(s))',
  ),
  'workflow.approval_missing': entry(422, '尚无人才办审定意见', 'The talent office has not approved'),
  'workflow.bank_account_missing': entry(422, '缺少获奖人银行账号', "The winner's bank account is missing"),
  'dossier.part_unreadable': entry(
    422,
    '材料“{title}”无法读取：文件已加密或已损坏，请重新上传未加密、可正常打开的文件',
    'The material "{title}" cannot be read: the file is encrypted or damaged; upload it again, unencrypted and readable',
  ),
  'intake.code_invalid': entry(
    400,
    '编码应为8位字母或数字，如 7K3Q-9XPA',
    'A code is 8 letters or digits, like 7K3Q-9XPA',
  ),
  'intake.received_outside_window': entry(
    422,
    '收件日期应在报送时间 {start} 至 {end} 之内',
    'The day received must lie in the submission window, {start} to {end}',
  ),
  'intake.items_missing': entry(
    422,
    '纸质材料不齐全，缺少：{missing}。请退回推荐单位补齐',
    'The paper materials are incomplete, missing: {missing}. Return them to the recommender to complete',
  ),
  'review.missing': entry(
    422,
    '推荐单位尚未记录专家评审（评审日期、评审专家、评审意见）',
    "The recommender has not recorded its experts' review (date, reviewers, opinion)",
  ),
  'review.in_future': entry(422, '评审日期不能晚于今天', 'The review date cannot be in the future'),
  'review.after_decision': entry(
    422,
    '集体研究日期早于专家评审日期：应先评审、再集体研究',
    'The decision is dated before the review: review first, then decide',
  ),
  'review.opinion_file_missing': entry(
    422,
    '请先上传专家评审意见书（PDF 或图片）',
    "Upload the experts' signed opinion first (PDF or image)",
  ),
  'review.locked': entry(
    409,
    '已有候选人报送市人社局，专家评审记录不能再修改',
    'A candidate has been reported to the bureau: the review can no longer change',
  ),
  'report.not_ready': entry(
    409,
    '推荐报告需要专家评审、集体研究决定、公示和排序都已完成',
    'The report needs the review, the collective decision, the notice and the ranking done',
  ),
  'batch.nothing_to_bind': entry(
    409,
    '尚无公示后排序的推荐人选，没有可装订的申报材料册',
    'No candidate has been ranked after the notice: there is no dossier to bind',
  ),
  'batch.not_ready': entry(409, '申报材料册尚在生成，请稍后下载', 'The dossiers are still being bound'),
  'papers.recommender_required': entry(400, '请指定推荐单位', 'Name the recommending organisation'),
  'papers.not_recommended': entry(
    409,
    '推荐单位公示并排序后，才能打印档案袋封面',
    'The envelope cover is printed once the recommender has put the candidate on notice and ranked them',
  ),
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}

/** The status and generic message of a code, or undefined for a code the catalogue lacks. */
export function errorEntry(code: string): ErrorEntry | undefined {
  return isErrorCode(code) ? errorCatalogue[code] : undefined;
}

/** The HTTP status a code answers with; undefined for a code the catalogue lacks. */
export function errorStatus(code: string): ErrorEntry['status'] | undefined {
  return errorEntry(code)?.status;
}

/** `{name}` replaced by `params.name`; a placeholder without a value stays as it is. */
export function formatMessage(message: Message, params: Record<string, unknown> = {}): Message {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined || value === null ? whole : String(value);
    });
  return { zh: fill(message.zh), en: fill(message.en) };
}

/** The catalogue's message for a code, its placeholders filled from `params`. */
export function errorMessage(code: ErrorCode, params?: Record<string, unknown>): Message {
  return formatMessage(errorCatalogue[code].message, params);
}
