import type { FormInstance } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { FieldError } from '../../../domain/errors';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n/LocaleProvider';
import { formName, splitProblems } from './formProblems';

/**
 * The problems of a review form, from the schema before sending or from the server's refusal: those on a
 * field under it, the others in a list above the buttons, in the current language (again when it changes).
 * A field's problem goes as soon as it is edited.
 */
export function useFormProblems<V>(form: FormInstance<V>) {
  const t = useT();
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<FieldError[]>([]);

  useEffect(() => {
    const names = form.getFieldsError().map((f) => f.name);
    const split = splitProblems(problems, names);
    form.setFields(
      split.onFields.map((p) => ({
        name: formName(p.path) as never,
        errors: [t.message(p.message)],
      })),
    );
    setGeneral(split.general);
  }, [problems, form, t]);

  const show = useCallback((next: FieldError[]) => setProblems(next), []);
  /** The server's field errors of a refusal (its message is shown by the ApiErrorAlert beside). */
  const fromError = useCallback((error: unknown) => {
    setProblems(isApiError(error) ? error.fields : []);
  }, []);
  const clear = useCallback(() => setProblems([]), []);
  const onValuesChange = useCallback(
    (changed: object) => {
      const touched = new Set(Object.keys(changed));
      const inTouched = (name: (string | number)[]) => touched.has(String(name[0]));
      form.setFields(
        form
          .getFieldsError()
          .filter((f) => f.errors.length > 0 && inTouched(f.name))
          .map((f) => ({ name: f.name as never, errors: [] })),
      );
      setProblems((current) => {
        const kept = current.filter((p) => !inTouched(formName(p.path)));
        return kept.length === current.length ? current : kept;
      });
    },
    [form],
  );

  return {
    show,
    fromError,
    clear,
    onValuesChange,
    /** Problems naming no field of the form, in the current language. */
    general: general.map((p) => t.message(p.message)),
  };
}
