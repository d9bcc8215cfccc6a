import { Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Circle } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleOf } from '../api/circles';
import { useWords } from '../texts';

type Members = Pick<Circle, 'circleId' | 'name' | 'members'>;

/**
 * A record's page with the circle it belongs to, loaded from the record's address. A circle
 * no longer there (404) shows what the circle's own page says instead of the record.
 */
export function WithCircle({
  api,
  circleId,
  failed,
  children,
}: {
  api: ApiClient;
  circleId: string;
  failed: ReactNode;
  children: (circle: Members) => ReactNode;
}) {
  const [circle, setCircle] = useState<Members | 'failed' | null>(null);
  const t = useWords('circles');
  useEffect(() => {
    let current = true;
    setCircle(null);
    circleOf(api, circleId)
      .then((loaded) => current && setCircle(loaded))
      .catch(() => current && setCircle('failed'));
    return () => {
      current = false;
    };
  }, [api, circleId]);
  if (circle === 'failed') return failed;
  return circle ? children(circle) : <Spinner label={t('loadingCircle')} />;
}
