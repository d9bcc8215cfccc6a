/**
 * Stands in for the Azure Functions Node worker in a child process, so a built
 * entry (the esbuild bundle, or tsc's output) is loaded the way Azure loads it:
 * `require` of `@azure/functions-core` answers with a core API, the entry is
 * required, every `app.http`/`app.timer` lands in `registerFunction`, and an HTTP
 * invocation goes through the app's own programming model (RPC request →
 * `HttpRequest` → handler → RPC response), as in azure-functions-nodejs-worker's
 * `setupCoreModule` and `InvocationHandler`. No host, no gRPC: the parent talks
 * over IPC (see `functions-app.ts`).
 *
 * Usage: `node functions-worker.js <entry.js> [first request as JSON]`. With a first
 * request it is served right after the entry is loaded, and both are timed.
 */
import { randomUUID } from 'node:crypto';
import Module from 'node:module';
import { performance } from 'node:perf_hooks';

/** What `registerFunction` receives: the binding metadata `@azure/functions` made from the options. */
interface FunctionMetadata {
  readonly name: string;
  readonly bindings: Record<
    string,
    { readonly type: string; readonly direction: string; readonly route?: string; readonly methods?: string[]; readonly schedule?: string }
  >;
}
type FunctionCallback = (...args: unknown[]) => unknown;
interface InvocationModel {
  getArguments(): Promise<{ context: unknown; inputs: unknown[] }>;
  invokeFunction(context: unknown, inputs: unknown[], handler: FunctionCallback): Promise<unknown>;
  getResponse(context: unknown, result: unknown): Promise<{ returnValue?: { http?: RpcHttpResponse } }>;
}
interface ProgrammingModel {
  readonly name: string;
  readonly version: string;
  getInvocationModel(coreContext: unknown): InvocationModel;
  getCapabilities(capabilities: Record<string, string>): Promise<Record<string, string>>;
}
interface RpcHttpResponse {
  readonly statusCode?: string;
  readonly headers?: Record<string, string>;
  readonly body?: { bytes?: Uint8Array; string?: string };
}

/** A function as registered: what the host would index. */
export interface RegisteredFunction {
  readonly name: string;
  readonly trigger: string;
  readonly route?: string;
  readonly methods?: readonly string[];
  readonly schedule?: string;
}

/** An HTTP request as the host hands it over, below `/api/`. */
export interface WorkerRequest {
  readonly method: string;
  /** Below `/api/`, with the query, e.g. `circles` or `reviews?status=due`. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface WorkerResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The function that served it, found by route as the host would. */
  readonly functionName: string;
}

export type FromWorker =
  | {
      readonly type: 'loaded';
      readonly functions: readonly RegisteredFunction[];
      readonly programmingModel: string;
      readonly loadMs: number;
      readonly first?: WorkerResponse & { readonly ms: number; readonly sinceLoadStartMs: number };
    }
  | { readonly type: 'response'; readonly id: number; readonly response: WorkerResponse }
  | { readonly type: 'failed'; readonly id?: number; readonly error: string };

export type ToWorker = { readonly type: 'invoke'; readonly id: number; readonly request: WorkerRequest };

const registered: { metadata: FunctionMetadata; callback: FunctionCallback }[] = [];
let programmingModel: ProgrammingModel | undefined;

const coreApi = {
  version: 'functions-worker (test stand-in)',
  hostVersion: '4.0.0',
  setProgrammingModel(model: ProgrammingModel) {
    programmingModel = model;
  },
  getProgrammingModel: () => programmingModel,
  registerFunction(metadata: FunctionMetadata, callback: FunctionCallback) {
    registered.push({ metadata, callback });
    return { dispose: () => undefined };
  },
  registerHook: () => ({ dispose: () => undefined }),
  log(level: string, category: string, message: string) {
    if (level === 'error' || level === 'warning') console.error(`[worker ${category} ${level}] ${message}`);
  },
  Disposable: class {
    dispose(): void {}
  },
};

/** What the worker does before loading the app: `require('@azure/functions-core')` anywhere answers with the core API. */
function provideCoreModule(): void {
  Module.prototype.require = new Proxy(Module.prototype.require, {
    apply(target, self, args: [string]) {
      return args[0] === '@azure/functions-core' ? coreApi : Reflect.apply(target, self, args);
    },
  });
}

const triggerOf = (metadata: FunctionMetadata) =>
  Object.entries(metadata.bindings).find(([, binding]) => binding.direction === 'in' && binding.type.toLowerCase().endsWith('trigger'));

function described({ metadata }: (typeof registered)[number]): RegisteredFunction {
  const [, trigger] = triggerOf(metadata) ?? [];
  return {
    name: metadata.name,
    trigger: trigger?.type ?? 'none',
    ...(trigger?.route !== undefined ? { route: trigger.route } : {}),
    ...(trigger?.methods ? { methods: trigger.methods } : {}),
    ...(trigger?.schedule !== undefined ? { schedule: trigger.schedule } : {}),
  };
}

/** The route template's parameters when `path` matches it, as the host's router does. */
function match(template: string, path: string): Record<string, string> | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] ?? '';
    if (part.startsWith('{') && part.endsWith('}')) params[part.slice(1, -1)] = decodeURIComponent(actual);
    else if (part.toLowerCase() !== actual.toLowerCase()) return null;
  }
  return params;
}

async function invoke(request: WorkerRequest): Promise<WorkerResponse> {
  const model = programmingModel;
  if (!model) throw new Error('the entry set no programming model: was @azure/functions loaded?');
  const url = new URL(`http://127.0.0.1:7071/api/${request.path}`);
  const method = request.method.toUpperCase();
  const path = url.pathname.replace(/^\/api\//, '');
  const found = registered.flatMap((fn) => {
    const [bindingName, trigger] = triggerOf(fn.metadata) ?? [];
    if (!bindingName || trigger?.type !== 'httpTrigger' || trigger.route === undefined) return [];
    const params = match(trigger.route, path);
    return params && (trigger.methods ?? ['GET', 'POST']).includes(method) ? [{ fn, bindingName, params }] : [];
  })[0];
  if (!found) throw new Error(`no registered function serves ${method} /api/${path}`);
  const invocationId = randomUUID();
  const http = {
    method,
    url: url.toString(),
    headers: request.headers ?? {},
    query: Object.fromEntries(url.searchParams),
    params: found.params,
    ...(request.body !== undefined ? { body: { string: request.body } } : {}),
  };
  const coreContext = {
    invocationId,
    metadata: found.fn.metadata,
    request: {
      invocationId,
      functionId: found.fn.metadata.name,
      inputData: [{ name: found.bindingName, data: { http } }],
      triggerMetadata: {},
    },
    log: (level: string, category: string, message: string) => coreApi.log(level, `${found.fn.metadata.name} ${category}`, message),
  };
  const invocation = model.getInvocationModel(coreContext);
  const { context, inputs } = await invocation.getArguments();
  const result = await invocation.invokeFunction(context, inputs, found.fn.callback);
  const reply = (await invocation.getResponse(context, result)).returnValue?.http;
  const body = reply?.body?.bytes ? Buffer.from(reply.body.bytes).toString('utf8') : (reply?.body?.string ?? '');
  return { status: Number(reply?.statusCode ?? 200), headers: reply?.headers ?? {}, body, functionName: found.fn.metadata.name };
}

const send = (message: FromWorker) => process.send?.(message);

async function main(): Promise<void> {
  const [entry, firstRequest] = process.argv.slice(2);
  if (!entry) throw new Error('usage: functions-worker <entry.js> [first request as JSON]');
  provideCoreModule();
  const started = performance.now();
  require(entry);
  const model = programmingModel as ProgrammingModel | undefined;
  await model?.getCapabilities({});
  const loadMs = performance.now() - started;
  let first: (WorkerResponse & { ms: number; sinceLoadStartMs: number }) | undefined;
  if (firstRequest) {
    const before = performance.now();
    const response = await invoke(JSON.parse(firstRequest) as WorkerRequest);
    first = { ...response, ms: performance.now() - before, sinceLoadStartMs: performance.now() - started };
  }
  send({
    type: 'loaded',
    functions: registered.map(described),
    programmingModel: model ? `${model.name}@${model.version}` : 'none',
    loadMs,
    ...(first ? { first } : {}),
  });
  process.on('message', (message: ToWorker) => {
    if (message.type !== 'invoke') return;
    invoke(message.request).then(
      (response) => send({ type: 'response', id: message.id, response }),
      (error: unknown) =>
        send({ type: 'failed', id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exitCode = 1;
    process.disconnect?.();
  });
}
