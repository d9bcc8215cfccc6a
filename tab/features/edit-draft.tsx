import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Proposal } from '../../shared';
import { useWords } from '../texts';

type Draft = Pick<Proposal, 'title' | 'text' | 'driver' | 'reviewDate'>;

/**
 * The author's draft, opened on demand and sent whole as `edit-draft` before it is
 * presented; `onSend` answers whether the step was taken, and the form then closes.
 */
export function EditDraft({ draft, busy, onSend }: { draft: Draft; busy: boolean; onSend: (edited: Draft) => Promise<boolean> }) {
  const t = useWords('circles');
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(draft.title);
  const [text, setText] = useState(draft.text);
  const [driver, setDriver] = useState(draft.driver);
  const [reviewDate, setReviewDate] = useState(draft.reviewDate);
  if (!open) {
    return (
      <Button aria-expanded={false} onClick={() => setOpen(true)}>
        {t('editDraft')}
      </Button>
    );
  }
  const save = async () => {
    if (await onSend({ title, text, driver, reviewDate })) setOpen(false);
  };
  return (
    <section aria-label={t('editDraft')} style={{ display: 'grid', gap: 8, width: '100%' }}>
      <Field label={t('startProposalTitle')} required>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('startProposalText')} required>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label={t('startProposalDriver')}>
        <Textarea value={driver} onChange={(_, d) => setDriver(d.value)} resize="vertical" />
      </Field>
      <Field label={t('startProposalReviewBy')} required>
        <Input type="date" value={reviewDate} onChange={(_, d) => setReviewDate(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {t('editDraftSave')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('editDraftClose')}</Button>
      </div>
    </section>
  );
}
