import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, messageOf } from '../api/client';

/**
 * A form's last refusal, shown on the field it names (`policy.closing.deadlineDays`
 * on the deadline's field) or, naming none of the form's fields, above the form.
 */
export function useRefusal(fields: readonly string[]) {
  const [refusal, setRefusal] = useState<unknown>(null);
  const fieldOf = (caught: unknown) => (caught instanceof ApiError ? caught.field : undefined);
  const names = (field: string, named: string | undefined) => named !== undefined && (named === field || named.startsWith(`${field}.`) || field.startsWith(`${named}.`));
  const placed = fields.some((field) => names(field, fieldOf(refusal)));
  return {
    /** Runs one step; true when it was taken, else its refusal is kept to show. */
    attempt: async (step: () => Promise<unknown>): Promise<boolean> => {
      try {
        await step();
        setRefusal(null);
        return true;
      } catch (caught) {
        setRefusal(caught);
        return false;
      }
    },
    /** The Field props that show the refusal on `field`, if it is the one at fault. */
    on: (field: string) => (refusal !== null && names(field, fieldOf(refusal)) ? { validationMessage: messageOf(refusal), validationState: 'error' as const } : {}),
    bar:
      refusal !== null && !placed ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{messageOf(refusal)}</MessageBarBody>
        </MessageBar>
      ) : null,
  };
}
