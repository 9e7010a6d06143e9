import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client';
import { type Translator, useT } from '../i18n/LocaleProvider';

/** What went wrong, in the current language: the server's message, or a generic text. */
export function errorText(error: unknown, t: Translator): string {
  return isApiError(error) ? t.message(error.message) : t('error.unexpected', { status: '?' });
}

/** A failed call shown in the user's language, with the request ID support staff can look up. */
export function ApiErrorAlert({
  error,
  title,
  action,
}: {
  error: unknown;
  title?: string;
  action?: ReactNode;
}) {
  const t = useT();
  const text = errorText(error, t);
  const requestId = isApiError(error) ? error.requestId : undefined;
  const requestLine = requestId && (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('common.requestId', { id: requestId })}
    </Typography.Text>
  );
  const description = title ? (
    <>
      <div>{text}</div>
      {requestLine}
    </>
  ) : (
    requestLine || undefined
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? text}
      description={description}
      action={action}
    />
  );
}
