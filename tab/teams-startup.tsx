import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { productName } from '../texts/index';
import { loadTexts } from '../texts/load';
import type { Texts } from '../texts/translate';
import { App } from './app';
import { startTeamsSession, surroundings, type Session } from './teams/host';
import { signIn, signInInWindow, type SignInRefused } from './teams/sign-in';
import { TextsProvider, useWords } from './texts';

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

/** After this long without Teams' answer the page says it is still waiting; it never stops waiting on its own. */
const slowAfterMs = 10_000;

type Stage =
  | { readonly step: 'connecting'; readonly slow: boolean }
  | { readonly step: 'failed'; readonly why: 'outside-teams' | 'no-answer' }
  | {
      readonly step: 'signing-in';
      readonly session: Session;
      readonly refused: SignInRefused;
      readonly tried: boolean;
      readonly busy: boolean;
    }
  | { readonly step: 'ready'; readonly session: Session; readonly texts: Texts };

/**
 * The tab in any Teams client: connects to the host (saying so while it waits), asks
 * for the person's SSO token and, where Teams needs their consent first, offers the
 * sign-in window before the first view.
 */
export function TeamsStartup() {
  const t = useWords('app');
  const [stage, setStage] = useState<Stage>({ step: 'connecting', slow: false });
  useEffect(() => {
    const slow = setTimeout(() => setStage((now) => (now.step === 'connecting' ? { step: 'connecting', slow: true } : now)), slowAfterMs);
    startTeamsSession()
      .then(
        async (session) => {
          const [signedIn, texts] = await Promise.all([signIn(), loadTexts(session.locale)]);
          document.documentElement.lang = texts.locale;
          setStage(
            signedIn.ok ? { step: 'ready', session, texts } : { step: 'signing-in', session, refused: signedIn, tried: false, busy: false },
          );
        },
        () => {
          // teams-js refuses at once with no host to talk to, and gives up after a minute with one that never answers.
          const { framed, nativeBridge } = surroundings();
          setStage({ step: 'failed', why: framed || nativeBridge ? 'no-answer' : 'outside-teams' });
        },
      )
      .finally(() => clearTimeout(slow));
    return () => clearTimeout(slow);
  }, []);

  if (stage.step === 'ready')
    return (
      <TextsProvider texts={stage.texts}>
        <App session={stage.session} />
      </TextsProvider>
    );
  const theme = stage.step === 'signing-in' ? themes[stage.session.theme] : teamsLightTheme;
  const askAgain = async (session: Session, refused: SignInRefused) => {
    setStage({ step: 'signing-in', session, refused, tried: true, busy: true });
    const [signedIn, texts] = await Promise.all([signInInWindow(), loadTexts(session.locale)]);
    setStage(
      signedIn.ok ? { step: 'ready', session, texts } : { step: 'signing-in', session, refused: signedIn, tried: true, busy: false },
    );
  };
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100%' }}>
      <main style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 12, padding: 16, maxWidth: 560 }}>
        <Title3 as="h1">{productName}</Title3>
        {stage.step === 'connecting' && <Spinner label={t('hostConnecting')} labelPosition="after" />}
        {stage.step === 'connecting' && stage.slow && <Text role="status">{t('hostSlow')}</Text>}
        {stage.step === 'failed' && (
          <MessageBar intent={stage.why === 'outside-teams' ? 'info' : 'error'}>
            <MessageBarBody>{stage.why === 'outside-teams' ? t('hostOutsideTeams') : t('hostNoAnswer')}</MessageBarBody>
          </MessageBar>
        )}
        {stage.step === 'signing-in' && (
          <SignInPrompt
            refused={stage.refused}
            tried={stage.tried}
            busy={stage.busy}
            onSignIn={() => void askAgain(stage.session, stage.refused)}
          />
        )}
      </main>
    </FluentProvider>
  );
}

function SignInPrompt({ refused, tried, busy, onSignIn }: { refused: SignInRefused; tried: boolean; busy: boolean; onSignIn: () => void }) {
  const t = useWords('app');
  const ask = refused.need === 'consent' ? t('hostConsent') : t('hostSignInAgain');
  // A refusal after the person tried is said with Teams' reason; the first ask needs none.
  const again =
    refused.refusedBy === 'window'
      ? t('hostConsentRefused', { reason: refused.reason })
      : tried
        ? t('hostStillNoToken', { reason: refused.reason })
        : null;
  return (
    <>
      <Text as="p" size={400} style={{ margin: 0 }}>
        {ask}
      </Text>
      {again && (
        <MessageBar intent="warning">
          <MessageBarBody>{again}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={busy} onClick={onSignIn}>
        {refused.need === 'consent' ? t('hostGiveConsent') : t('hostSignIn')}
      </Button>
      {busy && <Text role="status">{t('hostWaitingForWindow')}</Text>}
    </>
  );
}
