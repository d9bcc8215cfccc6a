import { useState } from 'react';
import { ApiError, messageOf, type ApiClient } from '../../api/client';

/** A refusal where the control that sent the step shows it: the API's words and the field it names. */
export interface StepRefusal {
  readonly message: string;
  readonly field: string | null;
}

/**
 * Sends a step of the meeting from one control, so a refusal shows on that control
 * and no other; the polled read shows what the step changed to everyone alike.
 */
export function useStep(api: ApiClient, stepsPath: string) {
  const [refusal, setRefusal] = useState<StepRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const take = async (type: string, fields: Record<string, unknown> = {}): Promise<boolean> => {
    setBusy(true);
    try {
      await api.post(stepsPath, { type, ...fields });
      setRefusal(null);
      return true;
    } catch (caught) {
      setRefusal({ message: messageOf(caught), field: caught instanceof ApiError ? (caught.field ?? null) : null });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { take, refusal, busy };
}
