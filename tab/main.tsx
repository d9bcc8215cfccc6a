import { createRoot } from 'react-dom/client';
import { App } from './app';
import { devPersonStore } from './dev-person';
import { startDevSession, surroundings } from './teams/host';
import { openedIn } from './teams/opened-in';
import { TeamsStartup } from './teams-startup';

/** Starts the tab: with its Teams host wherever one may be talking to it, else in dev mode against the local stack. */
function main(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root');
  createRoot(root).render(openedIn(surroundings()) === 'dev' ? <App session={startDevSession(devPersonStore.get)} /> : <TeamsStartup />);
}

main();
