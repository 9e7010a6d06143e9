import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Grid, Input, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client';
import type { Credentials } from '../../api/session';
import { ApiErrorAlert, errorText } from '../../components/ApiErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { useSession } from '../../session/SessionProvider';

const formFields = ['username', 'password'] as const satisfies readonly (keyof Credentials)[];

/** Where to go after signing in: the page that sent the user here, if it is one of ours. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/**
 * A refusal the user can put right (wrong password, locked for a while, a field missing): the message
 * alone, in their language. Only a failure of the service itself (network, 5xx) shows the request id,
 * which support staff need and the user does not.
 */
function LoginError({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error) && error.status >= 400 && error.status < 500) {
    return <Alert type="error" showIcon role="alert" title={errorText(error, t)} />;
  }
  return <ApiErrorAlert error={error} title={t('login.failed')} />;
}

/** The form field a server field error refers to (`username`, `body.username`, `/username`). */
function formFieldOf(path: string): (typeof formFields)[number] | undefined {
  const last = path.split(/[./]/).pop();
  return formFields.find((field) => field === last);
}

export function LoginPage() {
  const t = useT();
  const { locale } = useLocale();
  const { state, logIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Credentials>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('login.pageTitle'));

  // Field errors from the server, re-rendered when the language changes.
  useEffect(() => {
    if (!isApiError(error)) return;
    form.setFields(
      error.fields.flatMap((field) => {
        const name = formFieldOf(field.path);
        return name ? [{ name, errors: [t.message(field.message)] }] : [];
      }),
    );
  }, [error, form, t]);

  // Client-side validation texts were produced in the old language: validate those fields again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the language changes
  useEffect(() => {
    const invalid = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    if (invalid.length > 0 && !isApiError(error)) form.validateFields(invalid).catch(() => undefined);
  }, [locale]);

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signed-in') return <Navigate to={returnPath(location.state)} replace />;

  const submit = async (credentials: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      await logIn(credentials);
      navigate(returnPath(location.state), { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      style={{
        minHeight: '100vh',
        padding: 16,
        background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)`,
      }}
    >
      <Flex justify="flex-end">
        <LanguageSwitch />
      </Flex>
      {/* Centred on larger screens; on a phone the form starts near the top, above the keyboard. */}
      <Flex
        flex={1}
        align={screens.sm ? 'center' : 'flex-start'}
        justify="center"
        style={{ paddingBlock: 24 }}
      >
        <main style={{ width: '100%', maxWidth: 400 }}>
          <Card>
            <header style={{ textAlign: 'center', marginBottom: 24 }}>
              <Typography.Title
                level={1}
                style={{ fontSize: 28, marginBottom: 8, color: token.colorPrimary }}
              >
                {t('app.name')}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('app.edition')}
              </Typography.Paragraph>
            </header>
            <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
              {t('login.heading')}
            </Typography.Title>
            <Form<Credentials>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={submit}
              onValuesChange={() => setError(null)}
              disabled={submitting}
            >
              <Form.Item
                name="username"
                label={t('login.username')}
                rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
              >
                <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" size="large" />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('login.password')}
                rules={[{ required: true, message: t('login.passwordRequired') }]}
              >
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
              </Form.Item>
              {error !== null && (
                <div style={{ marginBottom: 16 }}>
                  <LoginError error={error} />
                </div>
              )}
              <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
                {t('login.submit')}
              </Button>
            </Form>
          </Card>
        </main>
      </Flex>
    </Flex>
  );
}
