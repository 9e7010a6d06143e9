import { DownOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import {
  App,
  Avatar,
  Button,
  Dropdown,
  Flex,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Typography,
  theme,
} from 'antd';
import { type RefObject, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import { transitions } from '../../domain/workflow';
import type { Session } from '../api/session';
import { useT } from '../i18n/LocaleProvider';
import type { MessageKey } from '../i18n/zh-CN';
import { actsAt, levelText, ownStaffOf, pageLevels, stepsPagePaths } from '../pages/steps/stepLevel';
import { useSession, useSignedInSession } from '../session/SessionProvider';
import { errorText } from './ApiErrorAlert';
import { LanguageSwitch } from './LanguageSwitch';
import { currentNavigation } from './navigation';

/**
 * The screens a session works in, in the order of its work: the steps pages of the levels it acts at,
 * each named by its page's title (in its own words for an organisation recommending its own staff).
 */
function navigationFor(session: Session): { path: string; key: MessageKey }[] {
  const items: { path: string; key: MessageKey }[] = [{ path: '/', key: 'nav.home' }];
  if (session.role !== 'expert' && session.role !== 'candidate')
    items.push({ path: '/applications', key: 'nav.applications' });
  const ownStaff = ownStaffOf(session);
  for (const level of pageLevels) {
    if (actsAt(session, level))
      items.push({ path: stepsPagePaths[level], key: levelText(level, 'pageTitle', ownStaff) });
  }
  if (session.permissions.includes('receivePapers')) items.push({ path: '/intake', key: 'nav.intake' });
  if (session.permissions.includes('organiseReview')) {
    items.push({ path: '/review', key: 'nav.review' });
    items.push({ path: '/selection', key: 'nav.selection' });
  }
  if (session.permissions.includes('scoreCandidates')) items.push({ path: '/scoring', key: 'nav.scoring' });
  // the talent office, who approve the list
  if ((transitions.approve.by as readonly string[]).includes(session.role))
    items.push({ path: '/approval', key: 'nav.approval' });
  return items;
}

/**
 * Moves the focus to the main content when the page changes (GOV.UK's pattern), so that a keyboard or
 * screen-reader user starts on the new page rather than on the body or the link they left. Not on a page
 * opened by its address or reloaded (a POP on the shell's first render): there the first Tab must reach
 * the skip link. Not on a replace within the shell either (the form's first save turns /applications/new into the
 * application's address while the officer is still on the form) — but on the shell's first page after
 * the login page, which replaces itself with it and whose button, holding the focus, is gone.
 */
function useFocusMainOnPageChange(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is a new pathname
  useEffect(() => {
    // StrictMode runs the effect twice in development: the same page is no page change.
    if (previous.current === pathname) return;
    const isFirst = previous.current === null;
    previous.current = pathname;
    if (isFirst ? navigationType !== 'POP' : navigationType !== 'REPLACE')
      main.current?.focus({ preventScroll: isFirst });
  }, [pathname]);
}

/** Layout of every signed-in page: skip link, header with product name, navigation, language switch and user menu. */
export function AppShell() {
  const session = useSignedInSession();
  const { logOut } = useSession();
  const navigate = useNavigate();
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const { notification } = App.useApp();
  const wide = screens.md === true;
  const location = useLocation();
  const navigation = navigationFor(session);
  const current = currentNavigation(
    navigation.map((item) => item.path),
    location.pathname,
  );
  const selectedKeys = current === undefined ? [] : [current];
  const main = useRef<HTMLElement>(null);
  useFocusMainOnPageChange(main);

  const handleLogOut = async () => {
    try {
      await logOut();
      navigate('/login', { replace: true });
    } catch (error) {
      notification.error({ title: t('shell.logout'), description: errorText(error, t) });
    }
  };

  const menu: MenuProps = {
    items: [
      {
        key: 'identity',
        disabled: true,
        label: (
          <Flex vertical style={{ color: token.colorText }}>
            <Typography.Text strong>{session.user.displayName}</Typography.Text>
            <Typography.Text type="secondary">{t(`role.${session.role}`)}</Typography.Text>
            <Typography.Text type="secondary">{t.message(session.organisation.name)}</Typography.Text>
          </Flex>
        ),
      },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout') },
    ],
    onClick: ({ key }) => {
      if (key === 'logout') void handleLogOut();
    },
  };
  // on a phone the navigation is a menu of its own, opened by a button that says so
  const phoneNavigation: MenuProps = {
    items: navigation.map((item) => ({ key: item.path, label: t(item.key) })),
    selectedKeys,
    onClick: ({ key }) => navigate(key),
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* A plain fragment link: the browser moves the focus to #main-content (tabIndex -1) itself. */}
      <a className="jx-skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Link to="/" style={{ display: 'flex', flexDirection: 'column', minWidth: 0, lineHeight: 1.3 }}>
          <Typography.Text strong style={{ fontSize: wide ? 18 : 16, color: token.colorPrimary }}>
            {t(wide ? 'app.name' : 'app.shortName')}
          </Typography.Text>
          {wide && (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {t('app.edition')}
            </Typography.Text>
          )}
        </Link>
        {wide && (
          <nav aria-label={t('shell.navigation')} style={{ flex: 1, minWidth: 0 }}>
            <Menu
              mode="horizontal"
              selectedKeys={selectedKeys}
              style={{ borderBottom: 'none', lineHeight: '62px' }}
              items={navigation.map((item) => ({
                key: item.path,
                label: (
                  <Link to={item.path} aria-current={item.path === current ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                ),
              }))}
            />
          </nav>
        )}
        <Flex align="center" gap={wide ? 16 : 8} style={{ marginInlineStart: 'auto' }}>
          {!wide && (
            <nav aria-label={t('shell.navigation')}>
              <Dropdown menu={phoneNavigation} trigger={['click']} placement="bottomRight">
                <Button size="small" icon={<MenuOutlined />}>
                  {t('shell.menu')}
                </Button>
              </Dropdown>
            </nav>
          )}
          <LanguageSwitch size={wide ? 'middle' : 'small'} />
          <Dropdown menu={menu} trigger={['click']} placement="bottomRight">
            {/* The name starts with the text shown (WCAG 2.5.3 label in name): the user's name, then what it opens. */}
            <Button
              type="text"
              aria-label={wide ? `${session.user.displayName} · ${t('shell.userMenu')}` : t('shell.userMenu')}
              style={{ paddingInline: 4 }}
            >
              <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
              {wide && <span>{session.user.displayName}</span>}
              <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
        </Flex>
      </Layout.Header>
      {/* Layout.Content is the page's one <main> landmark; the skip link and a page change focus it. */}
      <Layout.Content
        id="main-content"
        ref={main}
        tabIndex={-1}
        style={{ padding: wide ? '24px' : '16px 12px' }}
      >
        <div style={{ maxWidth: 1100, marginInline: 'auto' }}>
          <Outlet />
        </div>
      </Layout.Content>
    </Layout>
  );
}
