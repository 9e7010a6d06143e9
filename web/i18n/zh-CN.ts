/**
 * Chinese (zh-CN) interface texts — the product's first language. Every key here must exist in
 * en-US.ts as well; the type of `enUS` makes a missing or extra key a compile error.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export const zhCN = {
  'app.name': '匠选 · Jiangxuan',
  'app.edition': '第三届长春技能大奖和长春技术能手评选',

  'locale.switch': '界面语言',

  'role.bureau_admin': '市人社局管理员',
  'role.bureau_staff': '市人社局工作人员',
  'role.talent_office': '市委组织部人才办',
  'role.recommender_officer': '推荐单位经办人',
  'role.employer_officer': '申报单位经办人',
  'role.expert': '评审专家',
  'role.candidate': '候选人',

  'login.pageTitle': '登录',
  'login.heading': '登录',
  'login.username': '用户名',
  'login.usernameRequired': '请输入用户名',
  'login.password': '密码',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.failed': '登录失败',

  'shell.userMenu': '用户菜单',
  'shell.logout': '退出登录',

  'home.pageTitle': '首页',
  'home.greeting': '您好，{name}',
  'home.currentRole': '当前身份',
  'home.organisation': '所在单位',
  'home.otherMemberships': '其他身份',
  'home.todo': '我的待办',
  'home.todoEmpty': '暂无待办事项',
  'home.todoOpen': '去处理',
  'home.loadFailed': '待办事项加载失败',
  'common.retry': '重试',

  'notFound.pageTitle': '页面不存在',
  'notFound.heading': '404',
  'notFound.description': '抱歉，您访问的页面不存在。',
  'notFound.backHome': '返回首页',

  'common.loading': '加载中…',
  'common.requestId': '请求编号：{id}',

  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.unexpected': '服务器返回了意外的响应（HTTP {status}），请稍后重试。',
} as const;

export type MessageKey = keyof typeof zhCN;
