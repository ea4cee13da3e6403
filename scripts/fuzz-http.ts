/**
 * `npm run fuzz:http`: generated requests against the portal as `npm start` serves it — random and
 * malformed paths and percent-encoding, huge and odd query strings, junk Accept-Language, huge
 * cookies, RSC and router headers, unusual methods, broken and oversized form bodies posted as
 * server actions, newsroom routes without a session — sent raw over HTTP (fast-check, seeded). Exits
 * 1 on any 5xx, an error page in no known language (or not HTML) or a server that stops answering,
 * and prints the answers by status.
 *   --count N   requests (default 10,000)
 *   --seed N    fast-check seed (default 20261202)
 *   --no-build  use the existing build in .next-measure
 */
import fc from 'fast-check';
import { answerProblem, closedOnOversizedBody, probe, send } from '../tests/support/http-fuzz';
import { buildPortal } from './build-portal';
import { numberOption } from './cli';
import { serveFresh } from './serve-fresh';

process.env.PORTAL_DIST_DIR = '.next-measure';
const argv = process.argv.slice(2);
const count = numberOption('--count', 10_000);
const seed = numberOption('--seed', 20261202);

if (!argv.includes('--no-build')) await buildPortal();
const server = await serveFresh(Number(process.env.FUZZ_PORT ?? 3241));
const origin = new URL(server.origin);
const statuses = new Map<number, number>();
const failures: string[] = [];
try {
  const probes = fc.sample(probe, { numRuns: count, seed });
  let done = 0;
  // a few at a time, as several readers would
  const queue = [...probes];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        let status: number;
        try {
          const answer = await send(origin, p);
          status = answer.status;
          const problem = answerProblem(answer);
          if (problem)
            failures.push(
              `${problem}: ${p.method} ${p.path.slice(0, 120)} ${JSON.stringify(p.headers).slice(0, 200)}`,
            );
        } catch (error) {
          // the server may close a connection on an oversized body: that is an answer, not a crash;
          // on any other probe a closed connection is a failure
          status = -1;
          if (!closedOnOversizedBody(p, error))
            failures.push(`${p.method} ${p.path.slice(0, 120)}: ${String(error).slice(0, 160)}`);
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (++done % 1000 === 0) console.log(`[fuzz] ${done}/${count}`);
      }
    }),
  );
  // still serving afterwards
  if ((await send(origin, { method: 'GET', path: '/zh', headers: {} })).status !== 200)
    failures.push('the home page no longer answers 200');
} finally {
  await server.stop();
}
console.log(`\n${count} requests (seed ${seed}); answers by status:`);
for (const [status, n] of [...statuses].sort((a, b) => a[0] - b[0]))
  console.log(`  ${status === -1 ? 'connection closed' : status}: ${n}`);
if (failures.length) {
  console.log(`\n${failures.length} failures:`);
  for (const f of failures.slice(0, 30)) console.log(`  ${f}`);
  process.exitCode = 1;
} else console.log('\nno 5xx, no crash');
