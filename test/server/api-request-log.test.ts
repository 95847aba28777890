/** What the server logs per request: the full path as the client asked for it, never a query string. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pino } from 'pino';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { waitUntil } from '../support/wait-until.ts';

const lines: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>); } });
let server: TestServer;
let prison: Client;

test.before(async () => {
  server = await startServer({ logger });
  prison = await server.login('prison');
});
test.after(async () => { await server.close(); });

/** The request lines logged while `run` ran (a line is written when the response finishes). */
async function logged(run: () => Promise<unknown>) {
  const from = lines.length;
  await run();
  const requests = () => lines.slice(from).filter((line) => line.msg === 'request');
  await waitUntil(() => requests().length > 0, 'the request line');
  return requests();
}

test('an API request is logged with its /api path, method, status and user', async () => {
  const [line] = await logged(() => prison.get('/api/session'));
  assert.equal([line?.method, line?.path, line?.status, line?.user], ['GET', '/api/session', 200, 'prison']);
});

test('a query string is left out of the log: it may hold a person id', async () => {
  const [line] = await logged(() => prison.get('/api/records?person=P-SECRET-1'));
  assert.equal([line?.path, line?.status], ['/api/records', 200]);
  assert.not.ok(lines.some((l) => JSON.stringify(l).includes('P-SECRET-1')), 'the person id appears in no log line');
});

test('an unknown API route is logged, and answered, with the path the client used', async () => {
  let body: { message?: string } = {};
  const [line] = await logged(async () => { body = (await prison.get('/api/nothing-here?person=P-SECRET-2')).body; });
  assert.equal([line?.path, line?.status], ['/api/nothing-here', 404]);
  assert.is(body.message, 'No API route GET /api/nothing-here');
  assert.not.ok(lines.some((l) => JSON.stringify(l).includes('P-SECRET-2')));
});

test('pages outside the API keep their own path', async () => {
  const [line] = await logged(() => prison.request('GET', '/print-assets/print.css', undefined, { headers: { accept: 'text/css' } }));
  assert.equal([line?.path, line?.status], ['/print-assets/print.css', 200]);
});

test.run();
