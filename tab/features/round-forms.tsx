import { Button, Checkbox, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AnswerKind } from '../../shared';
import { useWords } from '../texts';
import { answerKey } from './record-words';

/** A consent round's answer: the four answers (stand aside where allowed), a concern's or objection's text. */
export function AnswerForm({ standAside = true, busy = false, onSend }: { standAside?: boolean; busy?: boolean; onSend: (answer: { kind: AnswerKind; text?: string }) => void }) {
  const [kind, setKind] = useState<AnswerKind>('consent');
  const [text, setText] = useState('');
  const t = useWords('records');
  const kinds = (Object.keys(answerKey) as AnswerKind[]).filter((k) => standAside || k !== 'stand-aside');
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={t('roundYourAnswer')}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as AnswerKind)}>
          {kinds.map((k) => (
            <Radio key={k} value={k} label={t(answerKey[k])} />
          ))}
        </RadioGroup>
      </Field>
      {(kind === 'concern' || kind === 'object') && (
        <Field label={t(kind === 'object' ? 'roundObjectionReason' : 'roundYourConcern')}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
      )}
      <div>
        <Button appearance="primary" onClick={() => onSend({ kind, ...(text.trim() ? { text } : {}) })} disabled={busy}>
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
export function CloseForm({ mode, asked, answered, inMeeting, name, busy = false, onClose }: {
  mode: 'sync' | 'async'; asked: readonly string[]; answered: readonly string[]; inMeeting?: readonly string[]; name: (id: string) => string; busy?: boolean;
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
        <Checkbox key={personId} label={name(personId)} checked={present.includes(personId)} onChange={(_, d) => setTicked({ ...ticked, [personId]: d.checked === true })} />
      ))}
      <div>
        <Button onClick={() => onClose(present)} disabled={busy}>
          {t('roundClosePresent')}
        </Button>
      </div>
    </fieldset>
  );
}
