import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import type { ListedCircle } from '../api/circles';
import { useConfirm } from '../lib/confirm';
import { useWords } from '../texts';
import { useRefusal } from './refusal';

interface RemovalProps {
  readonly api: ApiClient;
  readonly circle: ListedCircle;
  onDone(): void;
}

/** A choice among some of the circle's records and a button that asks, in a dialog, before it takes them away. */
function ChooseAndConfirm({
  label,
  choices,
  action,
  ask,
  field,
  onSure,
}: {
  label: string;
  choices: readonly { readonly id: string; readonly name: string }[];
  action: string;
  ask: (name: string) => { title: string; words: string; confirm: string };
  field: string;
  onSure: (id: string) => Promise<unknown>;
}) {
  const [chosen, setChosen] = useState(choices[0]?.id ?? '');
  const { confirm, dialog } = useConfirm();
  const { attempt, on, bar } = useRefusal([field]);
  const name = choices.find((choice) => choice.id === chosen)?.name ?? chosen;
  const take = async () => {
    if (await confirm(ask(name))) await attempt(() => onSure(chosen));
  };
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      {bar}
      <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <Field label={label} style={{ minWidth: 0, maxWidth: '100%' }} {...on(field)}>
          <Select value={chosen} onChange={(_, d) => setChosen(d.value)}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={chosen === ''} onClick={() => void take()}>
          {action}
        </Button>
      </div>
      {dialog}
    </div>
  );
}

/** Take a member out of the circle (`remove-member`), once the secretary has confirmed what that ends. */
export function RemoveMember({ api, circle, onDone }: RemovalProps) {
  const t = useWords('circles');
  if (circle.members.length === 0) return null;
  return (
    <ChooseAndConfirm
      label={t('changeRemoveMember')}
      choices={circle.members.map((m) => ({ id: m.personId, name: m.displayName }))}
      action={t('changeRemove')}
      field="personId"
      ask={(name) => ({
        title: t('changeRemoveTitle', { name }),
        words: t('changeRemoveWords', { name, circle: circle.name }),
        confirm: t('changeRemoveConfirm', { name }),
      })}
      onSure={(personId) => api.post('structure/commands', { type: 'remove-member', circleId: circle.circleId, personId }).then(onDone)}
    />
  );
}

/** Retire one of the circle's own roles (`retire-role`); the standard roles are never retired. */
export function RetireRole({ api, circle, onDone }: RemovalProps) {
  const t = useWords('circles');
  if (circle.customRoles.length === 0) return null;
  return (
    <ChooseAndConfirm
      label={t('changeRetireRole')}
      choices={circle.customRoles.map((role) => ({ id: role.roleId, name: role.name }))}
      action={t('changeRetire')}
      field="roleId"
      ask={(role) => ({
        title: t('changeRetireTitle', { role }),
        words: t('changeRetireWords', { role, circle: circle.name }),
        confirm: t('changeRetireConfirm'),
      })}
      onSure={(roleId) => api.post('structure/commands', { type: 'retire-role', circleId: circle.circleId, roleId }).then(onDone)}
    />
  );
}

/** Archive the circle (`archive-circle`): asked first, as there is no step that brings it back. */
export function ArchiveCircle({ api, circle, onDone }: RemovalProps) {
  const t = useWords('circles');
  const { confirm, dialog } = useConfirm();
  const { attempt, bar } = useRefusal([]);
  const take = async () => {
    const sure = await confirm({
      title: t('changeArchiveTitle', { circle: circle.name }),
      words: t('changeArchiveWords', { circle: circle.name }),
      confirm: t('changeArchive'),
    });
    if (sure && (await attempt(() => api.post('structure/commands', { type: 'archive-circle', circleId: circle.circleId })))) onDone();
  };
  return (
    <div style={{ display: 'grid', gap: 4, justifyItems: 'start' }}>
      {bar}
      <Button onClick={() => void take()}>{t('changeArchive')}</Button>
      {dialog}
    </div>
  );
}
