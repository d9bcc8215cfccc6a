import { Toast, ToastTitle, Toaster, useToastController } from '@fluentui/react-components';
import { useCallback } from 'react';

/** The one toaster of the tab, at its root, so a toast outlives the view that raised it (a drafted proposal opens its page). */
const toasterId = 'steps-taken';

export function StepToaster() {
  return <Toaster toasterId={toasterId} position="bottom-end" />;
}

/** Tells the person, in words, that a step they took was recorded. */
export function useStepToast(): (words: string) => void {
  const { dispatchToast } = useToastController(toasterId);
  return useCallback(
    (words: string) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{words}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      ),
    [dispatchToast],
  );
}
