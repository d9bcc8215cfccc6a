import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useWords } from '../texts';
import { useRefusal } from './refusal';

/** A moment's date and time as `<input type="date|time">` take them, in the reader's own time zone. */
function localParts(instant: string | null): { date: string; time: string } {
  if (!instant) return { date: '', time: '' };
  const at = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

interface PlanMeetingProps {
  readonly api: ApiClient;
  readonly circleId: string;
  /** The moment the circle's rhythm proposes, filled in for the planner to keep or change. */
  readonly proposed?: string | null;
  readonly onPlanned: (meetingId: string) => void;
}

/**
 * Plans a meeting of the circle at a date and time the planner picks in their own time
 * zone; its agenda is proposed from what is due when it meets. The form opens on demand.
 */
export function PlanMeeting({ api, circleId, proposed = null, onPlanned }: PlanMeetingProps) {
  const [open, setOpen] = useState(false);
  const [{ date, time }, setWhen] = useState(() => localParts(proposed));
  // The meeting's id is made of its date and time, so a second meeting at that minute is refused on the time.
  const { attempt, on, bar } = useRefusal(['scheduledFor', 'meetingId']);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const t = useWords('meetings');
  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>{t(proposed ? 'planProposed' : 'plan')}</Button>
      </div>
    );
  }
  const send = async () => {
    setTried(true);
    if (!date || !time) return;
    // One meeting a circle at a given local minute: the id says when, so planning it twice is refused in words.
    const meetingId = `${circleId}-${date}-${time.replace(':', '')}`;
    setBusy(true);
    const path = `circles/${encodeURIComponent(circleId)}/meetings/${encodeURIComponent(meetingId)}/steps`;
    const planned = await attempt(() => api.post(path, { type: 'plan-meeting', scheduledFor: new Date(`${date}T${time}`).toISOString() }));
    setBusy(false);
    if (planned) onPlanned(meetingId);
  };
  return (
    <form
      noValidate
      aria-label={t('planFormLabel')}
      style={{ display: 'grid', gap: 8, maxWidth: 360 }}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {bar}
      <Field label={t('planDate')} required {...(tried && !date ? { validationMessage: t('planDateMissing') } : on('scheduledFor'))}>
        <Input type="date" value={date} onChange={(_, data) => setWhen({ date: data.value, time })} />
      </Field>
      <Field
        label={t('planTime')}
        required
        {...(tried && !time ? { validationMessage: t('planTimeMissing') } : on('meetingId'))}
        hint={t('planTimeHint')}
      >
        <Input type="time" value={time} onChange={(_, data) => setWhen({ date, time: data.value })} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('planSend')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('planCancel')}</Button>
      </div>
    </form>
  );
}
