import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { type Location, useBlocker } from 'react-router-dom';
import { useT } from '../../../i18n/LocaleProvider';
import type { MessageKey } from '../../../i18n/zh-CN';

/**
 * The navigation state of a move away that loses nothing (the draft was just created, or deleted):
 * `navigate(to, { state: leaveWithoutAsking })` is let through without the question.
 */
export const leaveWithoutAsking = { leaveWithoutAsking: true } as const;

function asksFirst(next: Location): boolean {
  return (next.state as { leaveWithoutAsking?: boolean } | null)?.leaveWithoutAsking !== true;
}

/**
 * While the form holds unsaved changes, leaving the page asks first: a move inside the app (a menu
 * link, back, forward) is held and a dialog offers to stay or to leave without saving; a reload, a
 * closed tab or another site gets the browser's own question (`beforeunload`). A move within the page
 * (its query string, its anchors) is not leaving.
 */
/** The dialog's words: the form's by default, another screen's (the score sheet's) where it says what is lost. */
export interface LeaveTexts {
  title: MessageKey;
  text: MessageKey;
  leave: MessageKey;
  stay: MessageKey;
}

const formTexts: LeaveTexts = {
  title: 'form.leaveTitle',
  text: 'form.leaveText',
  leave: 'form.leave',
  stay: 'form.stay',
};

export function useLeaveGuard(unsaved: boolean, texts: LeaveTexts = formTexts) {
  const t = useT();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && currentLocation.pathname !== nextLocation.pathname && asksFirst(nextLocation),
  );

  const { state } = blocker;
  const held = useRef(blocker);
  held.current = blocker;

  useEffect(() => {
    if (state !== 'blocked') return;
    const dialog = modal.confirm({
      title: t(texts.title),
      content: t(texts.text),
      okText: t(texts.leave),
      okButtonProps: { danger: true },
      cancelText: t(texts.stay),
      onOk: () => held.current.proceed?.(),
      onCancel: () => held.current.reset?.(),
    });
    return () => dialog.destroy();
  }, [state, modal, t, texts]);

  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // older browsers show the question only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
