import { Button, Checkbox, Field, Radio, RadioGroup, Textarea, type FieldProps } from '@fluentui/react-components';
import { useState } from 'react';
import type { AnswerKind } from '../../shared';
import { useWords } from '../texts';
import { answerKey } from './record-words';

/**
 * A consent round's answer: the four answers (stand aside where allowed), none chosen
 * for the person, and a concern's or objection's text. `on` shows the core's refusal on
 * the field it names (`text`: an objection needs its reason); sending without a choice says so first.
 */
export function AnswerForm({
  standAside = true,
  busy = false,
  on = () => ({}),
  onSend,
}: {
  standAside?: boolean;
  busy?: boolean;
  on?: (field: string) => Pick<FieldProps, 'validationMessage' | 'validationState'>;
  onSend: (answer: { kind: AnswerKind; text?: string }) => void;
}) {
  const [kind, setKind] = useState<AnswerKind | null>(null);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const t = useWords('records');
  const kinds = (Object.keys(answerKey) as AnswerKind[]).filter((k) => standAside || k !== 'stand-aside');
  const needsText = kind === 'concern' || kind === 'object';
  const unchosen = tried && kind === null ? { validationMessage: t('roundChooseAnswer'), validationState: 'error' as const } : on('kind');
  const unwritten = on('text');
  const send = () => {
    setTried(true);
    if (kind === null) return;
    onSend({ kind, ...(needsText && text.trim() ? { text } : {}) });
  };
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={t('roundYourAnswer')} required {...unchosen}>
        <RadioGroup value={kind ?? ''} onChange={(_, d) => setKind(d.value as AnswerKind)}>
          {kinds.map((k) => (
            <Radio key={k} value={k} label={t(answerKey[k])} />
          ))}
        </RadioGroup>
      </Field>
      {needsText && (
        <Field label={t(kind === 'object' ? 'roundObjectionReason' : 'roundYourConcern')} {...unwritten}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
      )}
      <div>
        <Button appearance="primary" onClick={send} disabled={busy}>
          {t('roundSendAnswer')}
        </Button>
      </div>
    </div>
  );
}

/**
 * Closing a round: asynchronously at once; in a meeting with those present, who start as
 * those present at the meeting (`inMeeting`, its speaking order) or else everyone who has
 * answered, following answers as they arrive. A box the facilitator ticks or clears stays
 * as they set it whatever arrives meanwhile.
 */
export function CloseForm({
  mode,
  asked,
  answered,
  inMeeting,
  name,
  busy = false,
  onClose,
}: {
  mode: 'sync' | 'async';
  asked: readonly string[];
  answered: readonly string[];
  inMeeting?: readonly string[];
  name: (id: string) => string;
  busy?: boolean;
  onClose: (present?: string[]) => void;
}) {
  const [ticked, setTicked] = useState<Readonly<Record<string, boolean>>>({});
  const t = useWords('records');
  const startsPresent = (personId: string) => (inMeeting ?? answered).includes(personId);
  const present = asked.filter((personId) => ticked[personId] ?? startsPresent(personId));
  if (mode === 'async') {
    return (
      <div>
        <Button onClick={() => onClose()} disabled={busy}>
          {t('roundClose')}
        </Button>
      </div>
    );
  }
  return (
    <fieldset style={{ border: 'none', padding: 0, display: 'grid', gap: 4 }}>
      <legend>{t('roundWhoIsPresent')}</legend>
      {asked.map((personId) => (
        <Checkbox
          key={personId}
          label={name(personId)}
          checked={present.includes(personId)}
          onChange={(_, d) => setTicked({ ...ticked, [personId]: d.checked === true })}
        />
      ))}
      <div>
        <Button onClick={() => onClose(present)} disabled={busy}>
          {t('roundClosePresent')}
        </Button>
      </div>
    </fieldset>
  );
}
