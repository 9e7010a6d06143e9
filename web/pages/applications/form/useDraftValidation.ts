import type { FormInstance } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../../../domain/eligibility';
import type { FieldError } from '../../../../domain/errors';
import type { DraftPayload } from '../../../api/applications';
import { useT } from '../../../i18n/LocaleProvider';
import { draftErrors, draftFindings, type FormValues, fieldNameOf, toPayload } from './draftForm';

const findingKey = (finding: Finding) => `${finding.code}:${finding.field ?? ''}`;

/**
 * Judges the draft as it is typed, with the domain's schema (format problems) and rules (findings),
 * after a short pause, and puts each message on its field: errors in red, warnings in amber. Findings
 * only the server can make (those needing the person's history) are kept from the last save until the
 * field they are about is edited again. Server field errors from the last save are shown until then too.
 */
export function useDraftValidation({
  form,
  values,
  enabled,
  serverFindings,
  serverErrors,
  editedFields,
  referenceDate,
  initialValues,
}: {
  form: FormInstance<FormValues>;
  /** What the form starts with, judged at once (before the first pause) so nothing flickers. */
  initialValues: FormValues;
  values: FormValues | undefined;
  enabled: boolean;
  serverFindings: Finding[];
  serverErrors: FieldError[];
  editedFields: ReadonlySet<string>;
  referenceDate?: string;
}) {
  const t = useT();
  const [payload, setPayload] = useState<DraftPayload>(() => toPayload(initialValues));
  const shown = useRef<string[]>([]);

  useEffect(() => {
    if (!enabled || values === undefined) return;
    const timer = window.setTimeout(() => setPayload(toPayload(values)), 250);
    return () => window.clearTimeout(timer);
  }, [values, enabled]);

  const errors = useMemo(() => (enabled ? draftErrors(payload) : []), [payload, enabled]);

  const findings = useMemo(() => {
    if (!enabled) return serverFindings;
    const client = draftFindings(payload, referenceDate);
    const clientKeys = new Set(client.map(findingKey));
    const kept = serverFindings.filter(
      (finding) =>
        !clientKeys.has(findingKey(finding)) && !(finding.field && editedFields.has(finding.field)),
    );
    return [...client, ...kept];
  }, [payload, enabled, serverFindings, editedFields, referenceDate]);

  useEffect(() => {
    const byName = new Map<string, { name: (string | number)[]; errors: string[]; warnings: string[] }>();
    const entry = (name: (string | number)[]) => {
      const key = JSON.stringify(name);
      let current = byName.get(key);
      if (!current) {
        current = { name, errors: [], warnings: [] };
        byName.set(key, current);
      }
      return current;
    };
    const keptServerErrors = serverErrors.filter((error) => {
      const name = fieldNameOf(error.path);
      return name !== undefined && !editedFields.has(String(name[0]));
    });
    for (const error of [...errors, ...keptServerErrors]) {
      const name = fieldNameOf(error.path);
      if (name) entry(name).errors.push(t.message(error.message));
    }
    for (const finding of findings) {
      if (!finding.field) continue;
      const target = entry([finding.field]);
      (finding.severity === 'error' ? target.errors : target.warnings).push(t.message(finding.message));
    }
    const now = [...byName.keys()];
    const cleared = shown.current.filter((key) => !byName.has(key));
    form.setFields([
      ...cleared.map((key) => ({ name: JSON.parse(key) as (string | number)[], errors: [], warnings: [] })),
      ...[...byName.values()].map(({ name, errors: e, warnings }) => ({
        name,
        errors: [...new Set(e)],
        warnings: [...new Set(warnings)],
      })),
    ]);
    shown.current = now;
  }, [errors, findings, serverErrors, editedFields, form, t]);

  return { payload, errors, findings };
}
