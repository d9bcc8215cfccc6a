import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, messageOf } from '../api/client';
import { useWords } from '../texts';

/** Whether a refusal naming `named` belongs on `field`: the same field, or one inside it either way. */
const names = (field: string, named: string | undefined) =>
  named !== undefined && (named === field || named.startsWith(`${field}.`) || field.startsWith(`${named}.`));

/**
 * A form's last refusal, shown on the field it names (`policy.closing.deadlineDays`
 * on the deadline's field) or, naming none of the form's fields, above the form; and
 * the required fields left empty, shown on each before anything is sent. A view with
 * several forms names each (`form`), so a refusal of one shows on its own fields only.
 */
export function useRefusal(fields: readonly string[]) {
  const t = useWords('app');
  const [refusal, setRefusal] = useState<{ readonly caught: unknown; readonly form: string } | null>(null);
  const [missing, setMissing] = useState<{ readonly form: string; readonly fields: readonly string[] } | null>(null);
  const fieldOf = (caught: unknown) => (caught instanceof ApiError ? caught.field : undefined);
  const at = (form: string, field: string) => (form ? `${form}:${field}` : field);
  const faulted = refusal && fieldOf(refusal.caught) !== undefined ? at(refusal.form, fieldOf(refusal.caught) ?? '') : undefined;
  const placed = fields.some((field) => names(field, faulted));
  return {
    /** Runs one step of `form`; true when it was taken, else its refusal is kept to show. */
    attempt: async (step: () => Promise<unknown>, form = ''): Promise<boolean> => {
      try {
        await step();
        setRefusal(null);
        setMissing(null);
        return true;
      } catch (caught) {
        setRefusal({ caught, form });
        return false;
      }
    },
    /** True when every required field of `form` is filled in; else each empty one says so, and nothing is sent. */
    filled: (values: Readonly<Record<string, string>>, form = ''): boolean => {
      const empty = Object.keys(values).filter((field) => (values[field] ?? '').trim() === '');
      setMissing(empty.length > 0 ? { form, fields: empty } : null);
      if (empty.length > 0) setRefusal(null);
      return empty.length === 0;
    },
    /** The Field props that show what is wrong with `field` of `form`: left empty, or the refusal's. */
    on: (field: string, form = '') => {
      if (missing?.form === form && missing.fields.includes(field))
        return { validationMessage: t('fieldRequired'), validationState: 'error' as const };
      return refusal !== null && names(at(form, field), faulted)
        ? { validationMessage: messageOf(refusal.caught), validationState: 'error' as const }
        : {};
    },
    bar:
      refusal !== null && !placed ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{messageOf(refusal.caught)}</MessageBarBody>
        </MessageBar>
      ) : null,
  };
}
