import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AgendaItem } from '../../../shared';
import type { ApiClient } from '../../api/client';
import { useWords } from '../../texts';
import { itemTypeKey } from '../meeting-words';
import { useStep, type StepRefusal } from './use-step';

interface FormProps {
  readonly api: ApiClient;
  readonly stepsPath: string;
}

const formStyle = { display: 'grid', gap: 6, minWidth: 0 } as const;
/** The refusal on the field it names; one naming no field of the form shows on its button (`unnamed`). */
const on = (refusal: StepRefusal | null, field: string) =>
  refusal?.field === field ? { validationState: 'error' as const, validationMessage: refusal.message } : {};
const unnamed = (refusal: StepRefusal | null, fields: readonly string[]) =>
  refusal && !fields.includes(refusal.field ?? '') ? refusal.message : null;

/** A member's check-in, in their own words (or none). */
export function CheckInForm({ api, stepsPath }: FormProps) {
  const { take, refusal, busy } = useStep(api, stepsPath);
  const [text, setText] = useState('');
  const t = useWords('meetings');
  const send = () => void take('check-in', { text }).then((ok) => ok && setText(''));
  return (
    <form
      aria-label={t('yourCheckIn')}
      style={formStyle}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Field label={t('yourCheckIn')} {...on(refusal, 'text')}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
      <Field {...(unnamed(refusal, ['text']) ? { validationState: 'error', validationMessage: unnamed(refusal, ['text']) } : {})}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('checkIn')}
        </Button>
      </Field>
    </form>
  );
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'item';

/** An item a member brings before the agenda is consented to: something to hear or explore, with its time box. */
export function AddItemForm({ api, stepsPath }: FormProps) {
  const { take, refusal, busy } = useStep(api, stepsPath);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<'report' | 'exploration'>('report');
  const [minutes, setMinutes] = useState('10');
  const t = useWords('meetings');
  const send = () => {
    const item = { itemId: `${slug(title)}-${Date.now().toString(36)}`, type, title, timeboxMinutes: Number(minutes) };
    void take('add-agenda-item', { item }).then((ok) => ok && setTitle(''));
  };
  const fields = ['item.title', 'item.type', 'item.timeboxMinutes'];
  const other = unnamed(refusal, fields);
  return (
    <form
      aria-label={t('addItemLabel')}
      style={formStyle}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Field label={t('itemTitle')} {...on(refusal, 'item.title')}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Field label={t('itemKind')} {...on(refusal, 'item.type')}>
        <Select value={type} onChange={(_, data) => setType(data.value as 'report' | 'exploration')}>
          <option value="report">{t(itemTypeKey.report)}</option>
          <option value="exploration">{t(itemTypeKey.exploration)}</option>
        </Select>
      </Field>
      <Field label={t('itemMinutes')} {...on(refusal, 'item.timeboxMinutes')}>
        <Input type="number" min={1} max={240} value={minutes} onChange={(_, data) => setMinutes(data.value)} />
      </Field>
      <Field {...(other ? { validationState: 'error', validationMessage: other } : {})}>
        <Button type="submit" disabled={busy}>
          {t('addItem')}
        </Button>
      </Field>
    </form>
  );
}

/** A member's evaluation in the closing round: a rating and a comment. */
export function EvaluateForm({ api, stepsPath }: FormProps) {
  const { take, refusal, busy } = useStep(api, stepsPath);
  const [rating, setRating] = useState('4');
  const [comment, setComment] = useState('');
  const t = useWords('meetings');
  const other = unnamed(refusal, ['rating', 'comment']);
  const send = () => void take('evaluate-meeting', { rating: Number(rating), comment });
  return (
    <form
      aria-label={t('yourEvaluation')}
      style={formStyle}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Field label={t('ratingField')} {...on(refusal, 'rating')}>
        <Select value={rating} onChange={(_, data) => setRating(data.value)}>
          {['1', '2', '3', '4', '5'].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('comment')} {...on(refusal, 'comment')}>
        <Textarea value={comment} onChange={(_, data) => setComment(data.value)} resize="vertical" />
      </Field>
      <Field {...(other ? { validationState: 'error', validationMessage: other } : {})}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('evaluate')}
        </Button>
      </Field>
    </form>
  );
}

/** The secretary's minutes of one item, linking the decision its subject took when it is a proposal or a selection. */
export function MinutesForm({ api, stepsPath, item, notes: kept }: FormProps & { item: AgendaItem; notes: string }) {
  const { take, refusal, busy } = useStep(api, stepsPath);
  const [notes, setNotes] = useState(kept);
  const [linked, setLinked] = useState(false);
  const t = useWords('meetings');
  const decision = (item.type === 'proposal' || item.type === 'selection') && item.subjectId ? item.subjectId : null;
  const other = unnamed(refusal, ['notes']);
  const send = () => void take('record-minutes', { itemId: item.itemId, notes, decisionIds: linked && decision ? [decision] : [] });
  return (
    <form
      aria-label={t('minutesLabel', { item: item.title })}
      style={formStyle}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Field label={t('minutesNotes')} {...on(refusal, 'notes')}>
        <Textarea value={notes} onChange={(_, data) => setNotes(data.value)} resize="vertical" />
      </Field>
      {decision && (
        <Checkbox
          checked={linked}
          onChange={(_, data) => setLinked(data.checked === true)}
          label={t('linkDecision', { title: item.title })}
        />
      )}
      <Field {...(other ? { validationState: 'error', validationMessage: other } : {})}>
        <Button type="submit" disabled={busy}>
          {t('recordMinutes')}
        </Button>
      </Field>
    </form>
  );
}
