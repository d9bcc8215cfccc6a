import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startSession } from './teams/host';
import { devPersonStore } from './dev-person';

/** Starts the tab: in Teams with its host, elsewhere in dev mode against the local stack. */
async function main(): Promise<void> {
  const session = await startSession(devPersonStore.get);
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root');
  createRoot(root).render(<App session={session} />);
}

void main();
