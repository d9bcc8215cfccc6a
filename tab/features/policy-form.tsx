import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { Circle, RoundMode, SilenceRule } from '../../shared';
import type { ApiClient } from '../api/client';
import { useRefusal } from './refusal';

/** The policy form's words, in one place. */
const texts = {
  mode: 'How consent rounds are held',
  modes: { async: 'Asynchronously: each member answers by a deadline', sync: 'In meetings: the facilitator closes the round there' } satisfies Record<RoundMode, string>,
  deadline: 'Days to answer an asynchronous round',
  silence: 'When someone has not answered by the deadline',
  silences: {
    'all-must-answer': 'Everyone must answer: the round waits for them',
    'silence-is-consent': 'Silence counts as consent',
  } satisfies Record<SilenceRule, string>,
  quorum: 'Quorum: the share of members who must answer, in per cent (blank for none)',
  save: 'Choose this policy',
};

/** A number typed in a field, or null for a blank one: the core refuses what is not a whole number in range. */
const numberOf = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/** Choose how a circle decides: the closing policy of its consent rounds (`set-circle-policy`), the rest of its policy kept. */
export function PolicyForm({ api, circle, onDone }: { api: ApiClient; circle: Pick<Circle, 'circleId' | 'policy'>; onDone: () => void }) {
  const closing = circle.policy.closing;
  const [mode, setMode] = useState<RoundMode>(closing.defaultMode);
  const [deadline, setDeadline] = useState(String(closing.deadlineDays));
  const [silence, setSilence] = useState<SilenceRule>(closing.silence);
  const [quorum, setQuorum] = useState(closing.quorumPercent === null ? '' : String(closing.quorumPercent));
  const { attempt, on, bar } = useRefusal(['policy.closing.defaultMode', 'policy.closing.deadlineDays', 'policy.closing.silence', 'policy.closing.quorumPercent']);
  const choose = async () => {
    const policy = { ...circle.policy, closing: { defaultMode: mode, deadlineDays: numberOf(deadline), silence, quorumPercent: numberOf(quorum) } };
    if (await attempt(() => api.post('structure/commands', { type: 'set-circle-policy', circleId: circle.circleId, policy }))) onDone();
  };
  return (
    <section aria-label="How the circle decides" style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={texts.mode} {...on('policy.closing.defaultMode')}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as RoundMode)}>
          {(Object.keys(texts.modes) as RoundMode[]).map((value) => (
            <Radio key={value} value={value} label={texts.modes[value]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={texts.deadline} {...on('policy.closing.deadlineDays')}>
        <Input type="number" inputMode="numeric" value={deadline} onChange={(_, d) => setDeadline(d.value)} style={{ maxWidth: 120 }} />
      </Field>
      <Field label={texts.silence} {...on('policy.closing.silence')}>
        <RadioGroup value={silence} onChange={(_, d) => setSilence(d.value as SilenceRule)}>
          {(Object.keys(texts.silences) as SilenceRule[]).map((value) => (
            <Radio key={value} value={value} label={texts.silences[value]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={texts.quorum} {...on('policy.closing.quorumPercent')}>
        <Input type="number" inputMode="numeric" value={quorum} onChange={(_, d) => setQuorum(d.value)} style={{ maxWidth: 120 }} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void choose()}>
          {texts.save}
        </Button>
      </div>
    </section>
  );
}
