import type { PlaygroundPerson } from './playground';
import { playgroundPeople, startPlayground } from './playground';

/**
 * `npm run playground -- [person]`: the Agents Playground against the bot of a
 * running `npm start`, playing one person (dev by default); each person gets a
 * port of their own, so two people can answer side by side.
 */
async function main(): Promise<void> {
  const person = (process.argv[2] ?? 'dev') as PlaygroundPerson;
  if (!playgroundPeople.includes(person)) {
    console.error(`Play one of: ${playgroundPeople.join(', ')}.`);
    process.exit(2);
  }
  const port = 56150 + playgroundPeople.indexOf(person);
  const playground = await startPlayground(person, 'http://127.0.0.1:7071/api/messages', port);
  console.log(`Agents Playground as ${person}: ${playground.url}  (the bot of npm start; Ctrl-C stops)`);
  process.once('SIGINT', () => void playground.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
