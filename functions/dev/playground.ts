import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoTenant } from './demo-organisation';

/**
 * The Microsoft 365 Agents Playground, a Teams-like client, pointed at the local
 * bot. It plays one person of the demo tenant: the Northside care team's people and
 * Ben from Finance (the Playground takes five users besides the one it plays); each
 * one's demo person id is their Entra object id, so cards act as them.
 */
const people = [
  ['dev', 'Dev', 'Patel'],
  ['hana', 'Hana', 'Sato'],
  ['amara', 'Amara', 'Okafor'],
  ['farid', 'Farid', 'Haddad'],
  ['grace', 'Grace', 'Lin'],
  ['ben', 'Ben', 'Hughes'],
] as const;

export type PlaygroundPerson = (typeof people)[number][0];
export const playgroundPeople: readonly PlaygroundPerson[] = people.map(([personId]) => personId);

const userOf = ([personId, given, surname]: (typeof people)[number]) => ({
  id: `user-${personId}`,
  name: `${given} ${surname}`,
  userPrincipleName: `${personId}@riverside.example`,
  aadObjectId: personId,
  givenName: given,
  surname,
  email: `${personId}@riverside.example`,
});

/** The Playground's configuration (YAML, written as JSON, which YAML reads). */
export function playgroundConfig(person: PlaygroundPerson): object {
  const me = people.find(([personId]) => personId === person) ?? people[0];
  return {
    version: '0.1.1',
    tenantId: demoTenant,
    bot: { id: 'sociocracy-bot', name: 'Sociocracy for Teams' },
    currentUser: userOf(me),
    users: people.filter((entry) => entry !== me).map(userOf),
    personalChat: { id: `personal-chat-${person}` },
    groupChat: { id: 'northside-chat', name: 'Northside care team' },
    team: {
      id: 'riverside-team',
      name: 'Riverside Care Co-op',
      aadGroupId: 'riverside-team-group',
      channels: [{ id: 'riverside-northside', name: 'Northside' }],
    },
  };
}

export interface RunningPlayground {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts the Playground as `person` against `endpoint` on `port`. It reads its
 * configuration from its working folder and opens a browser with `xdg-open`, exiting
 * when that fails; a folder of its own holds both the file and a no-op `xdg-open`.
 */
export async function startPlayground(person: PlaygroundPerson, endpoint: string, port: number): Promise<RunningPlayground> {
  const folder = join(tmpdir(), `sociocracy-playground-${person}-${port}`);
  await mkdir(join(folder, 'bin'), { recursive: true });
  await writeFile(join(folder, '.m365agentsplayground.yml'), JSON.stringify(playgroundConfig(person), null, 2));
  await writeFile(join(folder, 'bin', 'xdg-open'), '#!/bin/sh\nexit 0\n');
  await chmod(join(folder, 'bin', 'xdg-open'), 0o755);
  const cli = join(process.cwd(), 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const child: ChildProcess = spawn(process.execPath, [cli, '-e', endpoint, '-c', 'msteams', '--dt', '-p', String(port)], {
    cwd: folder,
    env: { ...process.env, PATH: `${join(folder, 'bin')}:${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The Agents Playground did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stdout?.on('data', (data: Buffer) => {
      output += data.toString();
      if (output.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Agents Playground exited with ${code} (is port ${port} free?):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
