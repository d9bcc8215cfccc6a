import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, useId } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { useWords } from '../texts';

/** What a destructive step asks before it is taken: its name, what will happen in words, and the button that does it. */
export interface Confirmation {
  readonly title: string;
  readonly words: string;
  readonly confirm: string;
}

/**
 * A Fluent alert dialog that asks before a step that cannot be taken back (withdraw,
 * remove, archive, retire, end a term). `confirm(...)` opens it and resolves true when
 * the person confirms, false when they cancel or close it; `dialog` is placed once
 * in the page that asks.
 */
export function useConfirm(): { confirm(asked: Confirmation): Promise<boolean>; dialog: ReactNode } {
  const t = useWords('app');
  const wordsId = useId('confirm-words');
  const [asked, setAsked] = useState<Confirmation | null>(null);
  const answer = useRef<(confirmed: boolean) => void>(() => undefined);
  const close = (confirmed: boolean) => {
    setAsked(null);
    answer.current(confirmed);
  };
  const confirm = (next: Confirmation) =>
    new Promise<boolean>((resolve) => {
      answer.current(false);
      answer.current = resolve;
      setAsked(next);
    });
  const dialog = (
    <Dialog modalType="alert" open={asked !== null} onOpenChange={(_, data) => !data.open && close(false)}>
      <DialogSurface aria-describedby={wordsId}>
        <DialogBody>
          <DialogTitle>{asked?.title}</DialogTitle>
          <DialogContent id={wordsId}>{asked?.words}</DialogContent>
          {/* Fluent's order: the way out first, the step itself last; below 480 px they stack. */}
          <DialogActions>
            <Button appearance="secondary" onClick={() => close(false)}>
              {t('confirmCancel')}
            </Button>
            <Button appearance="primary" onClick={() => close(true)}>
              {asked?.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { confirm, dialog };
}
