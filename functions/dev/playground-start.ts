import type { PlaygroundPerson } from './playground';
import { playgroundPeople, startPlayground } from './playground';
import { localPort, StartFailure, whyItFailed } from './start-failure';

/**
 * `npm run playground -- [person]`: the Agents Playground against the bot of a
 * running `npm start` (on PORT, 7071 unless set), playing one person (dev by
 * default); each person gets a port of their own, so two people can answer side by side.
 */
async function main(): Promise<void> {
  const person = (process.argv[2] ?? 'dev') as PlaygroundPerson;
  if (!playgroundPeople.includes(person)) throw new StartFailure(`play one of: ${playgroundPeople.join(', ')} (not “${person}”).`);
  const origin = `http://127.0.0.1:${localPort('PORT', 7071)}`;
  // The Playground starts without the bot and fails only at the first message: say so now.
  if (!(await answers(`${origin}/api/openapi.json`)))
    console.warn(
      `Nothing answers at ${origin}: start the app with npm start (with the same PORT); the Playground reaches the bot once it runs.`,
    );
  const port = 56150 + playgroundPeople.indexOf(person);
  console.log(`Starting the Agents Playground as ${person} on port ${port}…`);
  const playground = await startPlayground(person, `${origin}/api/messages`, port).catch((error: unknown) => {
    throw new StartFailure(whyItFailed(error));
  });
  console.log(
    `Ready: ${playground.url} (${process.uptime().toFixed(1)} s)  the Agents Playground as ${person}, talking to the bot at ${origin}/api/messages; Ctrl-C stops.`,
  );
  const stop = () => void playground.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartFailure ? `npm run playground failed: ${error.message}` : error);
  process.exit(1);
});
