import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Circle } from '../../shared';
import type { ApiClient } from '../api/client';
import { useRefusal } from './refusal';
import { useWords } from '../texts';
import { useStepToast } from './toasts';

/** Write or change a circle's aim and domain (`describe-circle`). */
export function DescribeForm({
  api,
  circle,
  onDone,
}: {
  api: ApiClient;
  circle: Pick<Circle, 'circleId' | 'aim' | 'domain'>;
  onDone: () => void;
}) {
  const t = useWords('circles');
  const toast = useStepToast();
  const [aim, setAim] = useState(circle.aim);
  const [domain, setDomain] = useState(circle.domain);
  const { attempt, on, bar } = useRefusal(['aim', 'domain']);
  const save = async () => {
    if (await attempt(() => api.post('structure/commands', { type: 'describe-circle', circleId: circle.circleId, aim, domain }))) {
      toast(t('toastDescribed'));
      onDone();
    }
  };
  return (
    <section aria-label={t('describeRegion')} style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={t('describeAim')} {...on('aim')}>
        <Textarea value={aim} onChange={(_, d) => setAim(d.value)} resize="vertical" />
      </Field>
      <Field label={t('describeDomain')} {...on('domain')}>
        <Textarea value={domain} onChange={(_, d) => setDomain(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          {t('describeSave')}
        </Button>
      </div>
    </section>
  );
}
