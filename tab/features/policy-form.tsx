import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { Circle, RoundMode, SilenceRule } from '../../shared';
import type { ApiClient } from '../api/client';
import { useRefusal } from './refusal';
import { useWords } from '../texts';
import { useStepToast } from './toasts';

/** The words of each choice, by the policy's own values. */
const modes = { async: 'policyFormModeAsync', sync: 'policyFormModeSync' } as const satisfies Record<RoundMode, string>;
const silences = {
  'all-must-answer': 'policyFormAllMustAnswer',
  'silence-is-consent': 'policyFormSilenceIsConsent',
} as const satisfies Record<SilenceRule, string>;

/** A number typed in a field, or null for a blank one: the core refuses what is not a whole number in range. */
const numberOf = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/** Choose how a circle decides: the closing policy of its consent rounds (`set-circle-policy`), the rest of its policy kept. */
export function PolicyForm({ api, circle, onDone }: { api: ApiClient; circle: Pick<Circle, 'circleId' | 'policy'>; onDone: () => void }) {
  const t = useWords('circles');
  const toast = useStepToast();
  const closing = circle.policy.closing;
  const [mode, setMode] = useState<RoundMode>(closing.defaultMode);
  const [deadline, setDeadline] = useState(String(closing.deadlineDays));
  const [silence, setSilence] = useState<SilenceRule>(closing.silence);
  const [quorum, setQuorum] = useState(closing.quorumPercent === null ? '' : String(closing.quorumPercent));
  const { attempt, on, bar } = useRefusal([
    'policy.closing.defaultMode',
    'policy.closing.deadlineDays',
    'policy.closing.silence',
    'policy.closing.quorumPercent',
  ]);
  const choose = async () => {
    const policy = {
      ...circle.policy,
      closing: { defaultMode: mode, deadlineDays: numberOf(deadline), silence, quorumPercent: numberOf(quorum) },
    };
    if (await attempt(() => api.post('structure/commands', { type: 'set-circle-policy', circleId: circle.circleId, policy }))) {
      toast(t('toastPolicyChosen'));
      onDone();
    }
  };
  return (
    <section aria-label={t('policyHeading')} style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={t('policyFormMode')} {...on('policy.closing.defaultMode')}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as RoundMode)}>
          {(Object.keys(modes) as RoundMode[]).map((value) => (
            <Radio key={value} value={value} label={t(modes[value])} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('policyFormDeadline')} {...on('policy.closing.deadlineDays')}>
        <Input type="number" inputMode="numeric" value={deadline} onChange={(_, d) => setDeadline(d.value)} style={{ maxWidth: 120 }} />
      </Field>
      <Field label={t('policyFormSilence')} {...on('policy.closing.silence')}>
        <RadioGroup value={silence} onChange={(_, d) => setSilence(d.value as SilenceRule)}>
          {(Object.keys(silences) as SilenceRule[]).map((value) => (
            <Radio key={value} value={value} label={t(silences[value])} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('policyFormQuorum')} {...on('policy.closing.quorumPercent')}>
        <Input type="number" inputMode="numeric" value={quorum} onChange={(_, d) => setQuorum(d.value)} style={{ maxWidth: 120 }} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void choose()}>
          {t('policyFormSave')}
        </Button>
      </div>
    </section>
  );
}
