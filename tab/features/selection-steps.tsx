import { Button, Field, type FieldProps, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { CandidateProposal } from '../../shared';
import { useConfirm } from '../lib/confirm';
import { useWords } from '../texts';

/** A number typed in a field, or none for a blank one: the core refuses what is not a whole number in range. */
const monthsOf = (typed: string) => (typed.trim() === '' ? {} : { termMonths: Number(typed) });

/**
 * The facilitator amends the candidate proposal after objections (`amend-candidate-proposal`):
 * another nominee or a shorter term, and the round starts again. Opened on demand.
 */
export function AmendCandidate({
  proposal,
  nominated,
  name,
  onSend,
}: {
  proposal: Pick<CandidateProposal, 'candidate' | 'reasoning'>;
  nominated: readonly string[];
  name: (personId: string) => string;
  onSend: (amendment: Record<string, unknown>) => Promise<boolean>;
}) {
  const t = useWords('records');
  const [open, setOpen] = useState(false);
  const [candidate, setCandidate] = useState(proposal.candidate);
  const [months, setMonths] = useState('');
  const [reasoning, setReasoning] = useState(proposal.reasoning);
  if (!open) return <Button onClick={() => setOpen(true)}>{t('selectionAmend')}</Button>;
  const send = async () => {
    if (await onSend({ candidate, reasoning, ...monthsOf(months) })) setOpen(false);
  };
  return (
    <section aria-label={t('selectionAmend')} style={{ display: 'grid', gap: 8 }}>
      <Field label={t('selectionCandidate')}>
        <Select value={candidate} onChange={(_, d) => setCandidate(d.value)}>
          {[...new Set([proposal.candidate, ...nominated])].map((p) => (
            <option key={p} value={p}>
              {name(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('selectionAmendMonths')}>
        <Input type="number" inputMode="numeric" value={months} onChange={(_, d) => setMonths(d.value)} style={{ maxWidth: 120 }} />
      </Field>
      <Field label={t('selectionReasoning')}>
        <Textarea value={reasoning} onChange={(_, d) => setReasoning(d.value)} resize="vertical" />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={() => void send()}>
          {t('selectionAmendSend')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('selectionAmendClose')}</Button>
      </div>
    </section>
  );
}

/** Withdraw the selection (`withdraw-selection`) with a reason, once the facilitator or its starter has confirmed. */
export function WithdrawSelection({
  field,
  onSend,
  onCancel,
}: {
  /** What is wrong with the reason, as the core refused it. */
  field: Pick<FieldProps, 'validationMessage' | 'validationState'>;
  onSend: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const t = useWords('records');
  const [reason, setReason] = useState('');
  const { confirm, dialog } = useConfirm();
  const withdraw = async () => {
    if (await confirm({ title: t('selectionWithdrawTitle'), words: t('selectionWithdrawWords'), confirm: t('selectionWithdraw') }))
      await onSend(reason);
  };
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Field label={t('selectionWithdrawWhy')} {...field}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button onClick={() => void withdraw()}>{t('selectionWithdraw')}</Button>
        <Button onClick={onCancel}>{t('formCancel')}</Button>
      </div>
      {dialog}
    </div>
  );
}
