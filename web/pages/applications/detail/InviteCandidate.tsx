import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { inviteCandidate } from '../../../api/applications';
import { errorText } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';

/** 邀请候选人填写: a one-time link (7 days) the unit hands to the candidate to fill in their own part. */
export function InviteCandidate({ applicationId }: { applicationId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);

  const invite = async () => {
    setBusy(true);
    try {
      const answer = await inviteCandidate(applicationId);
      setLink({ url: new URL(answer.url, window.location.origin).href, expiresAt: answer.expiresAt });
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<UserAddOutlined />} loading={busy} onClick={invite}>
        {t('invite.button')}
      </Button>
      <Modal
        open={link !== null}
        title={t('invite.title')}
        onCancel={() => setLink(null)}
        footer={<Button onClick={() => setLink(null)}>{t('common.close')}</Button>}
      >
        {link && (
          <>
            <Typography.Paragraph>{t('invite.explain')}</Typography.Paragraph>
            <Typography.Paragraph
              copyable={{ text: link.url, tooltips: [t('invite.copy'), t('invite.copied')] }}
              code
              data-testid="invite-url"
              style={{ wordBreak: 'break-all' }}
            >
              {link.url}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {t('invite.expires', { at: dayjs(link.expiresAt).format('YYYY-MM-DD HH:mm') })}
            </Typography.Text>
          </>
        )}
      </Modal>
    </>
  );
}
