import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useLoaded } from '../api/use-loaded';
import { messageOf } from '../api/client';
import { useWords } from '../texts';

interface Feeds {
  readonly person: { readonly url: string };
  readonly circles: readonly { readonly circleId: string; readonly name: string; readonly url: string }[];
}

function FeedAddress({ label, url, onReplace }: { label: string; url: string; onReplace: () => Promise<void> }) {
  const t = useWords('circles');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
      <Field label={label} style={{ flex: '1 1 260px' }}>
        <Input readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      </Field>
      <Button onClick={() => void copy().catch(() => setCopied(false))}>{copied ? t('feedsCopied') : t('feedsCopy')}</Button>
      <Button onClick={() => void onReplace().then(() => setCopied(false))}>{t('feedsNewAddress')}</Button>
    </div>
  );
}

/**
 * The calendar addresses of the caller and their circles: subscribed to in any
 * calendar, they show every review and meeting; a new address stops the old one.
 */
export function CalendarFeeds({ api }: { api: ApiClient }) {
  const t = useWords('circles');
  const [generation, setGeneration] = useState(0);
  const { data, error } = useLoaded(() => api.get<Feeds>('feeds'), generation);
  const [replaceError, setReplaceError] = useState<string | null>(null);
  const replace = (body: object) => async () => {
    try {
      await api.post('feeds/revoke', body);
      setReplaceError(null);
      setGeneration((g) => g + 1);
    } catch (caught) {
      setReplaceError(messageOf(caught));
    }
  };
  return (
    <section aria-label={t('feedsRegion')} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h2">{t('feedsHeading')}</Subtitle2>
      <Text size={200}>{t('feedsIntro')}</Text>
      {(error ?? replaceError) && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error ?? replaceError}</MessageBarBody>
        </MessageBar>
      )}
      {data && (
        <>
          <FeedAddress label={t('feedsAllCircles')} url={data.person.url} onReplace={replace({ scope: 'person' })} />
          {data.circles.map((circle) => (
            <FeedAddress key={circle.circleId} label={circle.name} url={circle.url} onReplace={replace({ circleId: circle.circleId })} />
          ))}
        </>
      )}
    </section>
  );
}
