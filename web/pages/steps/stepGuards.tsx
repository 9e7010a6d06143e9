import { App, Flex, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/LocaleProvider';

/**
 * What stands between an officer and a step that cannot be undone: a confirmation that names the
 * candidates and says what will happen, and forms that an Enter in a field does not send.
 */

export interface MoveConfirmation {
  title: string;
  /** What happens, in plain words (what becomes locked, what comes next, what cannot be undone). */
  consequence: string;
  /** The candidates the move concerns, by name. */
  names: readonly string[];
  okText: string;
  /** A move that sets back or ends a candidacy: the confirming button is red. */
  danger?: boolean;
  /** Runs on confirming; the dialog shows it busy until it settles and cannot be confirmed twice. */
  onOk: () => Promise<void>;
}

/** Opens the confirmation of a move; the move runs only once the officer confirms. */
export function useConfirmMove() {
  const { modal } = App.useApp();
  const t = useT();
  return (move: MoveConfirmation) =>
    modal.confirm({
      title: move.title,
      content: (
        <Flex vertical gap={8} data-testid="move-confirmation">
          <Typography.Paragraph style={{ margin: 0 }}>{move.consequence}</Typography.Paragraph>
          {move.names.length > 0 && (
            <div>
              <Typography.Text strong>
                {t('steps.confirm.candidates', { count: move.names.length })}
              </Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {move.names.map((name, index) => (
                  // the same name may be on the list twice (two candidates of one name)
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders while open
                  <li key={`${index}:${name}`}>{name}</li>
                ))}
              </ul>
            </div>
          )}
        </Flex>
      ),
      okText: move.okText,
      cancelText: t('common.cancel'),
      okButtonProps: { danger: move.danger === true },
      // a destructive move starts on "cancel": an Enter does not confirm it by accident
      autoFocusButton: move.danger ? 'cancel' : 'ok',
      onOk: move.onOk,
    });
}

/**
 * `onKeyDown` for a step's form: Enter in a one-line field (a date, a name) confirms the field, it does
 * not send the form — the step is sent by its button, after its confirmation. Text areas keep Enter.
 */
export function keepEnterInField(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}
