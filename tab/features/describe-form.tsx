import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Circle } from '../../shared';
import type { ApiClient } from '../api/client';
import { useRefusal } from './refusal';

/** Write or change a circle's aim and domain (`describe-circle`). */
export function DescribeForm({ api, circle, onDone }: { api: ApiClient; circle: Pick<Circle, 'circleId' | 'aim' | 'domain'>; onDone: () => void }) {
  const [aim, setAim] = useState(circle.aim);
  const [domain, setDomain] = useState(circle.domain);
  const { attempt, on, bar } = useRefusal(['aim', 'domain']);
  const save = async () => {
    if (await attempt(() => api.post('structure/commands', { type: 'describe-circle', circleId: circle.circleId, aim, domain }))) onDone();
  };
  return (
    <section aria-label="Aim and domain" style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label="Aim (what the circle is for)" {...on('aim')}>
        <Textarea value={aim} onChange={(_, d) => setAim(d.value)} resize="vertical" />
      </Field>
      <Field label="Domain (what it decides about)" {...on('domain')}>
        <Textarea value={domain} onChange={(_, d) => setDomain(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          Save the aim and domain
        </Button>
      </div>
    </section>
  );
}
