import { Button } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

/**
 * A form behind its button, so a page shows its facts first: the button opens the form
 * in place, and the form closes itself (`close`) when sent or cancelled. `id` lets a
 * checklist send the focus to the button.
 */
export function OnDemand({ label, id, children }: { label: string; id?: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children(() => setOpen(false))}</>;
  return (
    <div>
      <Button id={id} aria-expanded={false} onClick={() => setOpen(true)}>
        {label}
      </Button>
    </div>
  );
}
