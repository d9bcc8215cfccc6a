import { Button, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** The top of a proposal's or selection's page: the way back, its title and badges, and the guide to its stage. */
export function StageHeader({ back, onBack, title, badges, guide }: { back: string; onBack: () => void; title: string; badges: ReactNode; guide: string }) {
  return (
    <>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          ← {back}
        </Button>
      </div>
      <Title3 as="h2">{title}</Title3>
      <div style={{ display: 'flex', gap: 8 }}>{badges}</div>
      <MessageBar intent="info" layout="multiline" aria-label="What happens now">
        <MessageBarBody>
          <MessageBarTitle>What happens now</MessageBarTitle>
          {guide}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
