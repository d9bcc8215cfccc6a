import { createRoot } from 'react-dom/client';
import { loadTexts } from '../texts/load';
import { localeOf } from '../texts/locales';
import { App } from './app';
import { devPersonStore } from './dev-person';
import { startDevSession, surroundings } from './teams/host';
import { openedIn } from './teams/opened-in';
import { TeamsStartup } from './teams-startup';
import { TextsProvider } from './texts';

/** Starts the tab: with its Teams host wherever one may be talking to it, else in dev mode against the local stack. */
async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root');
  if (openedIn(surroundings()) === 'dev') {
    const session = startDevSession(devPersonStore.get);
    const texts = await loadTexts(session.locale);
    document.documentElement.lang = texts.locale;
    createRoot(root).render(
      <TextsProvider texts={texts}>
        <App session={session} />
      </TextsProvider>,
    );
    return;
  }
  // Until Teams says the person's language, the browser's is the best guess (TeamsStartup switches once it knows).
  const texts = await loadTexts(localeOf(navigator.language));
  createRoot(root).render(
    <TextsProvider texts={texts}>
      <TeamsStartup />
    </TextsProvider>,
  );
}

void main();
