import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import type { ListedCircle, MappedCircle } from '../api/circles';
import { newId } from '../lib/new-ids';
import { useWords } from '../texts';
import { useRefusal } from './refusal';

interface FormProps {
  readonly api: ApiClient;
  readonly circle: ListedCircle;
  onDone(): void;
}

/** Give the circle a new name (`rename-circle`). */
export function RenameForm({ api, circle, onDone }: FormProps) {
  const t = useWords('circles');
  const [name, setName] = useState(circle.name);
  const { attempt, on, bar } = useRefusal(['name']);
  const save = async () => {
    if (await attempt(() => api.post('structure/commands', { type: 'rename-circle', circleId: circle.circleId, name }))) onDone();
  };
  return (
    <section aria-label={t('changeRename')} style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={t('changeRenameName')} required {...on('name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          {t('changeRenameSave')}
        </Button>
      </div>
    </section>
  );
}

/**
 * Move the circle inside another (`move-circle`): any circle but itself and where it
 * is now is offered; one inside it is refused by the core, on the field, in its words.
 */
export function MoveForm({ api, circle, circles, onDone }: FormProps & { readonly circles: readonly MappedCircle[] }) {
  const t = useWords('circles');
  const offered = circles.filter((c) => !c.archived && c.circleId !== circle.circleId && c.circleId !== circle.parentId);
  const [parentId, setParentId] = useState('');
  const { attempt, on, bar } = useRefusal(['parentId']);
  const save = async () => {
    if (await attempt(() => api.post('structure/commands', { type: 'move-circle', circleId: circle.circleId, parentId }))) onDone();
  };
  return (
    <section aria-label={t('changeMove')} style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={t('changeMoveInside')} required {...on('parentId')}>
        <Select value={parentId} onChange={(_, d) => setParentId(d.value)}>
          <option value="" disabled>
            {t('changeMoveChoose')}
          </option>
          {offered.map((c) => (
            <option key={c.circleId} value={c.circleId}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={parentId === ''} onClick={() => void save()}>
          {t('changeMoveSave')}
        </Button>
      </div>
    </section>
  );
}

/** A number typed in a field, or none for a blank one: the core refuses what is not a whole number in range. */
const monthsOf = (typed: string) => (typed.trim() === '' ? {} : { defaultTermMonths: Number(typed) });

/** Define a role of the circle's own (`define-role`): its name, what it is for, and its term when not the circle's default. */
export function DefineRoleForm({ api, circle, onDone }: FormProps) {
  const t = useWords('circles');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [months, setMonths] = useState('');
  const { attempt, on, bar } = useRefusal(['role.name', 'role.description', 'role.defaultTermMonths']);
  const save = async () => {
    const role = { roleId: newId('role'), name, description, ...monthsOf(months) };
    if (await attempt(() => api.post('structure/commands', { type: 'define-role', circleId: circle.circleId, role }))) onDone();
  };
  return (
    <section aria-label={t('changeDefineRole')} style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={t('changeRoleName')} required {...on('role.name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('changeRoleDescription')} {...on('role.description')}>
        <Textarea value={description} onChange={(_, d) => setDescription(d.value)} resize="vertical" />
      </Field>
      <Field label={t('changeRoleTerm', { months: circle.policy.defaultTermMonths })} {...on('role.defaultTermMonths')}>
        <Input type="number" inputMode="numeric" value={months} onChange={(_, d) => setMonths(d.value)} style={{ maxWidth: 120 }} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          {t('changeRoleSave')}
        </Button>
      </div>
    </section>
  );
}
