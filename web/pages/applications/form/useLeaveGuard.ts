import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { type Location, useBlocker } from 'react-router-dom';
import { useT } from '../../../i18n/LocaleProvider';

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
export function useLeaveGuard(unsaved: boolean) {
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
      title: t('form.leaveTitle'),
      content: t('form.leaveText'),
      okText: t('form.leave'),
      okButtonProps: { danger: true },
      cancelText: t('form.stay'),
      onOk: () => held.current.proceed?.(),
      onCancel: () => held.current.reset?.(),
    });
    return () => dialog.destroy();
  }, [state, modal, t]);

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
