import { Button, Text } from '@fluentui/react-components';
import type { ApiClient } from '../../api/client';
import { useWords } from '../../texts';
import { useStep, type StepRefusal } from './use-step';

/** A refusal in words under the control it belongs to, named by the field when the API names one. */
export function Refusal({ refusal }: { refusal: StepRefusal | null }) {
  const t = useWords('meetings');
  if (!refusal) return null;
  return (
    <Text role="alert" size={200} style={{ color: 'var(--colorPaletteRedForeground1)', overflowWrap: 'anywhere' }}>
      {refusal.field ? t('refusalField', { field: refusal.field, message: refusal.message }) : refusal.message}
    </Text>
  );
}

interface StepButtonProps {
  readonly api: ApiClient;
  readonly stepsPath: string;
  readonly type: string;
  readonly fields?: Record<string, unknown>;
  readonly label: string;
  readonly primary?: boolean;
}

/** One step as one button, with its own refusal under it. */
export function StepButton({ api, stepsPath, type, fields, label, primary }: StepButtonProps) {
  const { take, refusal, busy } = useStep(api, stepsPath);
  return (
    <span style={{ display: 'inline-grid', gap: 2, maxWidth: '100%' }}>
      <Button size="small" appearance={primary ? 'primary' : 'secondary'} disabled={busy} onClick={() => void take(type, fields)}>
        {label}
      </Button>
      <Refusal refusal={refusal} />
    </span>
  );
}
