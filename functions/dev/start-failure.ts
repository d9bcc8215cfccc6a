/** A reason `npm start` (or `npm run playground`) cannot go on, said in words for the person who ran it. */
export class StartFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartFailure';
  }
}

/** What went wrong, in a sentence: Node's codes for the usual causes, else the error's own message. */
export function whyItFailed(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return 'the port is in use (by another npm start?).';
  if (code === 'EACCES') return 'this user may not listen on that port.';
  return error instanceof Error ? error.message : String(error);
}

/** The port an environment variable names, or `fallback` when it is unset; anything but a port number is refused. */
export function localPort(name: string, fallback: number, environment: NodeJS.ProcessEnv = process.env): number {
  const text = environment[name]?.trim();
  if (!text) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new StartFailure(`${name} must be a port number from 1 to 65535, not “${text}”.`);
  return port;
}
