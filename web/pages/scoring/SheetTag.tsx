import { Tag } from 'antd';
import type { SheetState } from '../../api/scoring';
import { useT } from '../../i18n/LocaleProvider';

const colours: Record<SheetState, string> = { none: 'default', draft: 'warning', submitted: 'success' };

/** Where the expert's sheet for a candidate stands: not scored, saved, submitted. */
export function SheetTag({ state }: { state: SheetState }) {
  const t = useT();
  return (
    <Tag color={colours[state]} className="jx-wrap" data-testid="sheet-tag" data-state={state}>
      {t(`scoring.sheet.${state}`)}
    </Tag>
  );
}
