import { Button, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { StructureStepKind } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf, type ListedCircle } from '../api/circles';
import { useLoaded } from '../api/use-loaded';
import type { KeyOf } from '../../texts/catalogues/en';
import { useWords } from '../texts';
import { DescribeForm } from './describe-form';
import { PolicyForm } from './policy-form';
import { DefineRoleForm, MoveForm, RenameForm } from './circle-step-forms';
import { ArchiveCircle, RemoveMember, RetireRole } from './circle-removals';

/** The forms this section opens on demand, each for the step it sends. */
const forms = {
  rename: { step: 'rename-circle', words: 'changeRename' },
  describe: { step: 'describe-circle', words: 'changeDescribe' },
  policy: { step: 'set-circle-policy', words: 'changePolicy' },
  role: { step: 'define-role', words: 'changeDefineRole' },
  move: { step: 'move-circle', words: 'changeMove' },
} as const satisfies Record<string, { step: StructureStepKind; words: KeyOf<'circles'> }>;
type Form = keyof typeof forms;

interface CircleStepsProps {
  readonly api: ApiClient;
  readonly circle: ListedCircle;
  /** The steps on the circle's structure the API says the caller may take now. */
  readonly steps: readonly StructureStepKind[];
  onChanged(): void;
}

/** Where the circle may move to: the map, read only when the form is opened. */
function Move({ api, circle, onDone }: { api: ApiClient; circle: ListedCircle; onDone: () => void }) {
  const circles = useLoaded(() => circleMapOf(api), circle.circleId);
  return circles.data ? <MoveForm api={api} circle={circle} circles={circles.data} onDone={onDone} /> : null;
}

/**
 * Change the circle itself: rename it, its aim and domain, its policy, its own roles,
 * its members, where it sits and whether it goes on. Only the steps the API lists are
 * offered; those that take something away ask first.
 */
export function CircleSteps({ api, circle, steps, onChanged }: CircleStepsProps) {
  const t = useWords('circles');
  const [open, setOpen] = useState<Form | null>(null);
  const may = (step: StructureStepKind) => steps.includes(step);
  const offered = (Object.keys(forms) as Form[]).filter((form) => may(forms[form].step));
  const removals = (['remove-member', 'retire-role', 'archive-circle'] as const).filter(may);
  if (offered.length === 0 && removals.length === 0) return null;
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <section aria-label={t('changeHeading')} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">{t('changeHeading')}</Subtitle2>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {offered.map((form) => (
          <Button key={form} aria-expanded={open === form} onClick={() => setOpen(open === form ? null : form)}>
            {t(forms[form].words)}
          </Button>
        ))}
      </div>
      {open === 'rename' && <RenameForm api={api} circle={circle} onDone={done} />}
      {open === 'describe' && <DescribeForm api={api} circle={circle} onDone={done} />}
      {open === 'policy' && <PolicyForm api={api} circle={circle} onDone={done} />}
      {open === 'role' && <DefineRoleForm api={api} circle={circle} onDone={done} />}
      {open === 'move' && <Move api={api} circle={circle} onDone={done} />}
      {may('remove-member') && <RemoveMember api={api} circle={circle} onDone={onChanged} />}
      {may('retire-role') && <RetireRole api={api} circle={circle} onDone={onChanged} />}
      {may('archive-circle') && <ArchiveCircle api={api} circle={circle} onDone={onChanged} />}
    </section>
  );
}
