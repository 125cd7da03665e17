import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** `npm start`'s entry point, compiled. */
export const serveScript = fileURLToPath(new URL('../../src/cli/serve.js', import.meta.url));

/** A running `npm start` process, its base URL and the JSON log lines it wrote so far. */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  logs: { msg?: string }[];
}

/**
 * Starts the serve entry point as a real process with `env` (HOST 127.0.0.1, PORT 0 and
 * LOG_LEVEL info unless `env` says otherwise) and resolves with its URL once it logs that it
 * serves; rejects with its stderr if it exits first.
 */
export function startServeProcess(env: NodeJS.ProcessEnv): Promise<ServeProcess> {
  const child = spawn(process.execPath, [serveScript], {
    env: { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: { msg?: string; url?: string }[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      logs.push(entry);
      if (entry.msg === 'serving the inspection graph') resolve({ child, url: entry.url!, logs });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

/** Sends SIGTERM and resolves with the exit code. */
export function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/**
 * The ids `search` answers for `query` from a served endpoint, best first (at most `first`,
 * default 10, of `types`, default all); throws with the errors if the answer has any.
 */
export async function searchItemIds(
  url: string,
  query: string,
  { types = null, first = 10 }: { types?: readonly string[] | null; first?: number } = {},
): Promise<string[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query ($q: String!, $types: [SearchType!], $first: Int!) { search(query: $q, types: $types, first: $first) { nodes { item { ... on Node { id } } } } }',
      variables: { q: query, types, first },
    }),
  });
  const body = (await response.json()) as {
    data?: { search: { nodes: { item: { id: string } }[] } };
    errors?: unknown;
  };
  if (body.errors !== undefined || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.search.nodes.map((hit) => hit.item.id);
}

/**
 * Resolves once the server whose GraphQL endpoint is `url` answers 200 on /readyz (its store
 * holds a graph and its search index exists); asks every 100 ms. A server that went away
 * makes it reject (the request fails).
 */
export async function waitForReady(url: string): Promise<void> {
  const readyz = url.replace(/\/graphql$/, '/readyz');
  while ((await fetch(readyz)).status !== 200)
    await new Promise((resolve) => setTimeout(resolve, 100));
}
