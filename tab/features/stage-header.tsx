import { Button, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useWords } from '../texts';

/** The top of a proposal's or selection's page: the way back, its title and badges, and the guide to its stage. */
export function StageHeader({
  back,
  onBack,
  title,
  badges,
  guide,
}: {
  back: string;
  onBack: () => void;
  title: string;
  badges: ReactNode;
  guide: string;
}) {
  const t = useWords('records');
  return (
    <>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          {t('headerBack', { place: back })}
        </Button>
      </div>
      <Title3 as="h2">{title}</Title3>
      <div style={{ display: 'flex', gap: 8 }}>{badges}</div>
      <MessageBar intent="info" layout="multiline" aria-label={t('headerGuide')}>
        <MessageBarBody>
          <MessageBarTitle>{t('headerGuide')}</MessageBarTitle>
          {guide}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
