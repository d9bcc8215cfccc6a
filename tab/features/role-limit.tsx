import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { roleLimitOf } from '../api/setup';
import { useLoaded } from '../api/use-loaded';
import { useWords } from '../texts';
import { OnDemand } from './on-demand';
import { useRefusal } from './refusal';
import { useStepToast } from './toasts';

/**
 * The most roles one person should hold, beside the roles each holds: everyone reads it,
 * an organisation admin changes it (the API says whether the reader may). A change
 * reloads the health report, which names those above the new limit.
 */
export function RoleLimit({ api, onChanged }: { api: ApiClient; onChanged(): void }) {
  const t = useWords('circles');
  const [version, setVersion] = useState(0);
  const { data } = useLoaded(() => roleLimitOf(api), version);
  if (!data) return null;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Text>{t('roleLimitSays', { limit: data.roleLimit })}</Text>
      {data.maySetRoleLimit && (
        <OnDemand label={t('roleLimitChange')}>
          {(close) => (
            <RoleLimitForm
              api={api}
              roleLimit={data.roleLimit}
              onDone={(changed) => {
                close();
                if (!changed) return;
                setVersion(version + 1);
                onChanged();
              }}
            />
          )}
        </OnDemand>
      )}
    </div>
  );
}

function RoleLimitForm({ api, roleLimit, onDone }: { api: ApiClient; roleLimit: number; onDone(changed: boolean): void }) {
  const t = useWords('circles');
  const toast = useStepToast();
  const [limit, setLimit] = useState(String(roleLimit));
  const { attempt, filled, on, bar } = useRefusal(['roleLimit']);
  const save = async () => {
    if (!filled({ roleLimit: limit })) return;
    // Sent as typed: a number out of range or not whole is the API's to refuse, on this field, in its words.
    const sent = await attempt(() => api.post('structure/commands', { type: 'set-role-limit', roleLimit: Number(limit) }));
    if (!sent) return;
    toast(t('roleLimitSet', { limit: Number(limit) }));
    onDone(true);
  };
  return (
    <form
      noValidate
      aria-label={t('roleLimitChange')}
      style={{ display: 'grid', gap: 8, maxWidth: 360 }}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {bar}
      <Field label={t('roleLimitField')} hint={t('roleLimitHint')} required {...on('roleLimit')}>
        <Input type="number" min={1} max={50} value={limit} onChange={(_, data) => setLimit(data.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" type="submit">
          {t('roleLimitSave')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('formCancel')}</Button>
      </div>
    </form>
  );
}
