/**
 * `npm run soak -- --minutes N`: readers and editors together against the production shape of
 * `npm run cluster` (nginx → two instances → Redis, PostgreSQL), with faults in the middle.
 *
 *   readers   every public address of the sitemaps and the feeds, all languages, `--readers` at once (50)
 *   editors   admin, two editors, a translator and a reviewer: concurrent saves on the same and on
 *             different versions, and the workflow (submit, reject, approve, publish, unpublish,
 *             schedule) — through the real server actions, as forms posted over HTTP
 *   faults    PostgreSQL stopped for 20 s and started again; an instance killed (SIGKILL) and
 *             started again; Redis stopped and started again (`--no-faults` leaves them out)
 *
 * At the end it asserts: no 5xx but the localized outage page while the database is away; every
 * acknowledged save in its revision and still in the text; no half-written save; every scheduled
 * version published exactly once; the live heap of each server process that lived through the run
 * — what full collections leave — grew < 10 % from the second third of the load after warm-up to
 * the last (caches fill early and level off; a leak keeps climbing; runs of 5 minutes or more;
 * resident size and the floor of the heap in use reported beside it, docs/decisions/021); no
 * unhandled error in the instances' logs, every acknowledged save logged with its actor, no
 * password or session cookie in them. Prints a table. Exit 1 on failure.
 *
 *   --minutes N   length of the load (default 10; `npm test` runs 1)
 *   --readers N   concurrent readers (default 50)
 *   --build       build first even if a build exists (PORTAL_DIST_DIR, default .next-measure)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distPath } from '../lib/build/dist-dir';
import { buildPortal } from './build-portal';
import { numberOption, runCli } from './cli';
import { checkNewsroom } from './soak/check';
import { Editor, emptyLog, type Account, type Version } from './soak/editors';
import { publicAddresses, runReaders, type ReaderResult } from './soak/readers';
import { startShape, type Shape } from './soak/shape';
import { Tally, table } from './soak/stats';

process.env.PORTAL_DIST_DIR ??= '.next-measure';
const argv = process.argv.slice(2);
const minutes = numberOption('--minutes', 10);
const readers = numberOption('--readers', 50);
const faults = !argv.includes('--no-faults');
const log = (line: string) => console.log(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const run = Date.now().toString(36).slice(-4);

const password = 'soak test password long enough';
const accounts: Account[] = [
  { email: 'admin@soak.test', name: 'Soak Admin', role: 'admin', password },
  { email: 'editor1@soak.test', name: 'Soak Editor One', role: 'editor', password },
  { email: 'editor2@soak.test', name: 'Soak Editor Two', role: 'editor', password },
  {
    email: 'translator@soak.test',
    name: 'Soak Translator',
    role: 'translator',
    languages: 'en,vi',
    password,
  },
  { email: 'reviewer@soak.test', name: 'Soak Reviewer', role: 'reviewer', languages: 'en,vi', password },
];
/** versions everybody saves at once (the same ones, so that merges and conflicts happen) */
const busy: Version[] = [
  { articleId: 'gmd-2025-opening', locale: 'zh' },
  { articleId: 'gmd-2025-opening', locale: 'en' },
  { articleId: 'gmd-2025-opening', locale: 'vi' },
  { articleId: 'gmd-2025-signings', locale: 'en' },
  { articleId: 'gmd-2025-signings', locale: 'vi' },
];
/** versions that go round the workflow (saves would send a scheduled version back to draft) */
const workflow: Version[] = [
  { articleId: 'gmd-2025-preview', locale: 'en' },
  { articleId: 'gmd-2025-preview', locale: 'vi' },
  { articleId: 'gmd-2025-lang-son-mong-cai', locale: 'en' },
  { articleId: 'gmd-2025-lang-son-mong-cai', locale: 'vi' },
  { articleId: 'gmd-2025-nanning-initiative', locale: 'vi' },
];

type Window = { name: string; from: number; to: number };

runCli(async () => {
  const dist = distPath();
  if (argv.includes('--build') || !existsSync(path.join(dist, 'BUILD_ID'))) await buildPortal();
  log(`Starting the cluster shape (build ${path.basename(dist)}) …`);
  const shape = await startShape({ accounts, log });
  // a run that throws keeps its logs too
  let failed = true;
  try {
    failed = !(await soak(shape));
  } finally {
    await shape.stop(failed);
  }
  if (failed) process.exit(1);
});

async function soak(shape: Shape): Promise<boolean> {
  const addresses = await publicAddresses(shape.proxy);
  log(`${addresses.length} public addresses; warming the caches (the proxy's, and each instance's) …`);
  // warm: every page rendered once by every instance, as each will be in the course of the run
  for (const origin of [shape.proxy, ...shape.instances.map((i) => i.origin)])
    for (const a of addresses) await fetch(new URL(a, origin)).then((r) => r.arrayBuffer());

  const duration = minutes * 60_000;
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const done = () => elapsed() >= duration;
  const warmUp = Math.max(10_000, duration * 0.15);
  const windows: Window[] = [];
  const inWindow = (name?: string) =>
    windows.some((w) => (!name || w.name === name) && Date.now() >= w.from && Date.now() <= w.to);

  const cached = new Tally();
  const uncached = new Tally();
  const saves = new Tally();
  const steps = new Tally();
  const newsroom = emptyLog();
  const errors = new Map<string, number>();
  const count = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
  const byWindow = new Map<string, Map<string, number>>();
  const samples = new Set<string>();
  const onResult = (address: string, r: ReaderResult) => {
    const w = windows.find((x) => Date.now() >= x.from && Date.now() <= x.to)?.name ?? 'no fault';
    const seen = byWindow.get(w) ?? new Map<string, number>();
    const label = r.status === 0 ? 'no answer' : r.outage ? '500 outage page' : String(r.status);
    seen.set(label, (seen.get(label) ?? 0) + 1);
    byWindow.set(w, seen);
    if (r.status >= 500 && !(r.outage && inWindow('database stopped'))) {
      count(`reader ${r.status} ${address}`);
      if (r.title) samples.add(`${r.status} ${address}: ${r.title}`);
    }
    if (r.status === 0) count(`reader no answer (${w})`);
  };

  const editors = accounts.map((a) => new Editor(shape.proxy, a, run, newsroom, saves, steps));
  for (const e of editors) await e.signIn();
  const [admin, editor1, editor2, translator, reviewer] = editors as [Editor, Editor, Editor, Editor, Editor];

  /** one editor saving again and again; what a fault makes fail is retried, anything else is an error */
  const saver = async (editor: Editor, versions: Version[]) => {
    while (!done()) {
      const v = versions[Math.floor(Math.random() * versions.length)]!;
      try {
        await editor.save(v, Math.floor(Math.random() * 3));
      } catch (error) {
        // during a fault a request may be refused or cut (a killed instance drops its connections)
        if (!inWindow()) count(`editor ${editor.name}: ${String(error)}`);
        else cut.push(`${editor.name}: ${String(error)}`);
        await sleep(1_000);
      }
      await sleep(200 + Math.random() * 300);
    }
  };

  /** the workflow, round the versions in turn: scheduling, and review with a rejection */
  const workflowLoop = async () => {
    const waiting = new Map<string, number>();
    for (let round = 0; !done(); round++) {
      const v = workflow[round % workflow.length]!;
      const id = `${v.articleId}/${v.locale}`;
      if ((waiting.get(id) ?? 0) > Date.now()) {
        await sleep(500);
        continue;
      }
      try {
        if ((await editor1.step(v, 'unpublish')) !== 'done=approved') continue;
        if (round % 2 === 0) {
          const at = await editor1.schedule(v);
          if (at) waiting.set(id, at.getTime() + 15_000);
        } else {
          await translator.save(v, round);
          await translator.step(v, 'submit');
          await reviewer.step(v, 'reject', { comment: 'Please check the figures once more.' });
          await translator.step(v, 'submit');
          // a note passes the translation checks' warnings (issue 28)
          await reviewer.step(v, 'approve', { comment: 'Figures and names checked.' });
          await editor1.step(v, 'publish');
        }
      } catch (error) {
        if (!inWindow()) count(`workflow ${id}: ${String(error)}`);
        else cut.push(`workflow: ${String(error)}`);
        await sleep(1_000);
      }
    }
  };

  const faultReport: string[] = [];
  /** editors' requests refused or cut during a fault (expected; reported) */
  const cut: string[] = [];
  const faultLoop = async () => {
    if (!faults) return;
    const at = (ms: number) => sleep(Math.max(0, ms - elapsed()));
    // PostgreSQL away for 20 s, in the middle of an editor's save
    await at(warmUp + 5_000);
    const v = busy[0]!;
    const opened = await admin.open(v);
    const db: Window = { name: 'database stopped', from: Date.now(), to: Infinity };
    windows.push(db);
    await shape.stopDatabase();
    const down = Date.now();
    log('PostgreSQL stopped');
    // the editor had the page open before the database went away, and saves now
    const probe = await admin.post(v, opened, 5).catch((e: unknown) => String(e));
    faultReport.push(
      `PostgreSQL stopped: a save posted meanwhile answered "${probe}" (text kept in the form: ${newsroom.unavailable.kept}, lost: ${newsroom.unavailable.lost})`,
    );
    await sleep(Math.max(0, 20_000 - (Date.now() - down)));
    await shape.startDatabase();
    log(`PostgreSQL started again after ${((Date.now() - down) / 1000).toFixed(1)} s`);
    // until the instances' pools have reconnected, without a restart
    const back = Date.now();
    for (;;) {
      if ((await admin.save(v, 4).catch(() => 'down')) === 'saved') break;
      await sleep(500);
    }
    db.to = Date.now() + 2_000;
    faultReport.push(
      `  editors saved again ${((Date.now() - back) / 1000).toFixed(1)} s after it started (no restart)`,
    );

    // one instance killed as in a crash, and started again
    await at(duration * 0.6);
    const killed: Window = { name: 'instance killed', from: Date.now(), to: Infinity };
    windows.push(killed);
    await shape.killInstance(0);
    log('Instance 1 killed (SIGKILL)');
    const t0 = Date.now();
    await shape.startInstance(0);
    killed.to = Date.now() + 2_000;
    faultReport.push(
      `Instance 1 killed (SIGKILL): started again in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    // Redis away for a while
    await at(duration * 0.8);
    const redis: Window = { name: 'redis stopped', from: Date.now(), to: Infinity };
    windows.push(redis);
    await shape.redis.stop();
    log('Redis stopped');
    await sleep(Math.min(15_000, duration * 0.1));
    await shape.redis.start();
    redis.to = Date.now() + 2_000;
    log('Redis started again');
    faultReport.push(
      `Redis stopped for ${(Math.min(15_000, duration * 0.1) / 1000).toFixed(0)} s and started again`,
    );
  };

  log(`Load for ${minutes} min: ${readers} readers, ${editors.length} editors${faults ? ', faults' : ''} …`);
  await Promise.all([
    runReaders({
      origin: shape.proxy,
      addresses,
      concurrency: readers,
      until: done,
      cached,
      uncached,
      onResult,
    }),
    saver(admin, busy),
    saver(editor2, busy),
    saver(
      translator,
      busy.filter((v) => v.locale !== 'zh'),
    ),
    workflowLoop(),
    faultLoop(),
  ]);

  // the last schedule falls due, the scheduler publishes it
  const last = Math.max(0, ...newsroom.scheduled.map((s) => Date.parse(s.at)));
  if (last > Date.now()) {
    log(`Waiting for the last scheduled version (${new Date(last).toISOString()}) …`);
    await sleep(last - Date.now() + 12_000);
  }

  const problems = await checkNewsroom(shape.databaseUrl, newsroom);
  problems.push(...newsroom.failures);
  for (const [kind, n] of errors) problems.push(`${n} × ${kind}`);
  problems.push(...[...samples].slice(0, 5).map((s) => `  a 5xx page: ${s}`));
  if (newsroom.unavailable.lost > 0)
    problems.push(`${newsroom.unavailable.lost} refused saves lost the editor's text`);
  if (faults && newsroom.unavailable.kept === 0) problems.push('no save met the database outage');
  if (newsroom.scheduled.length === 0) problems.push('nothing was scheduled');

  // the instances' logs (lib/log/logger.ts): nothing unhandled, every acknowledged save logged
  // with its actor and request, never a password or a session cookie
  const lines: string[] = [];
  const events: Array<Record<string, unknown>> = [];
  const logOf = new Map<Record<string, unknown>, string>();
  for (const file of shape.logs)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      lines.push(line);
      try {
        if (!line.startsWith('{')) continue;
        const event = JSON.parse(line) as Record<string, unknown>;
        events.push(event);
        logOf.set(event, file);
      } catch {
        // not a line of the operator's log (Next's own output)
      }
    }
  const unhandled = events.filter((e) => e.event === 'unhandled');
  if (unhandled.length)
    problems.push(`${unhandled.length} unhandled errors logged: ${JSON.stringify(unhandled[0])}`);
  const savesLogged = events.filter(
    (e) => e.event === 'mutation' && e.action === 'save' && e.outcome === 'ok' && e.actorId && e.requestId,
  ).length;
  if (savesLogged < newsroom.acknowledged.length)
    problems.push(
      `${newsroom.acknowledged.length} saves acknowledged, ${savesLogged} logged with actor and request id`,
    );
  if (lines.some((l) => l.includes(password) || /portal_session=|__Host-portal_session=/.test(l)))
    problems.push('a log line holds a password or a session cookie');
  const failed = events.filter((e) => e.event === 'request' && Number(e.status) >= 500).length;

  // memory after warm-up, for each server process that lived through the run, from its own log
  // lines (every 5 s): resident size (median of each half), and the live heap at its lowest in
  // each half — after a collection — which is what grows when something leaks
  const memoryRows: Array<Record<string, string | number>> = [];
  const timelines: string[] = [];
  // the load after warm-up in two halves: a leak raises the live heap's floor from one half to
  // the next; a collection that happens to fall in one minute and not another does not
  const middle = (warmUp + duration) / 2;
  for (const [n, file] of shape.logs.entries()) {
    const samples = events
      .filter((e) => e.event === 'memory' && logOf.get(e) === file)
      .map((e) => ({
        at: Date.parse(String(e.time)) - started,
        rss: Number(e.rss),
        heap: Number(e.heapUsed),
        // what a full collection left (scripts/serve.ts), when one happened in those 5 s
        live: e.liveAfterGc === undefined ? NaN : Number(e.liveAfterGc),
      }));
    const lived = samples.length > 0 && samples[0]!.at <= warmUp && samples.at(-1)!.at >= duration - 10_000;
    const first = samples.filter((m) => m.at >= warmUp && m.at < middle);
    const last = samples.filter((m) => m.at >= middle && m.at <= duration);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const mib = (bytes: number) => (Number.isFinite(bytes) ? Math.round(bytes / 1024 / 1024) : '—');
    const rss = [median(first.map((m) => m.rss)), median(last.map((m) => m.rss))] as const;
    const heap = [Math.min(...first.map((m) => m.heap)), Math.min(...last.map((m) => m.heap))] as const;
    const growth = (pair: readonly [number, number]) => pair[1] / pair[0] - 1;
    // The live heap after full collections, by thirds of the load: caches fill in the first and
    // level off; a leak keeps climbing into the last. The bound is on the last two thirds.
    const third = (duration - warmUp) / 3;
    const live = [0, 1, 2].map((k) =>
      median(
        samples
          .filter(
            (m) => m.at >= warmUp + k * third && m.at < warmUp + (k + 1) * third && Number.isFinite(m.live),
          )
          .map((m) => m.live),
      ),
    ) as [number, number, number];
    const percent = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : 'n/a');
    memoryRows.push({
      process: `${path.basename(file, '.log')}${lived ? '' : ' (not through the run)'}`,
      'RSS 1st half MiB': mib(rss[0]),
      'RSS 2nd half MiB': mib(rss[1]),
      'RSS growth': lived ? percent(growth(rss)) : 'n/a',
      'live heap floor 1st half MiB': mib(heap[0]),
      'live heap floor 2nd half MiB': mib(heap[1]),
      'live heap growth': lived ? percent(growth(heap)) : 'n/a',
      'after full GC, thirds MiB': live.map(mib).join(' → '),
      'after full GC, last third': lived ? percent(growth([live[1], live[2]])) : 'n/a',
    });
    // the live heap minute by minute, so that a plateau (caches filled) and a leak can be told apart
    const minutes_ = Math.ceil(duration / 60_000);
    const troughs = Array.from({ length: minutes_ }, (_, m) => {
      const inMinute = samples
        .filter((x) => x.at >= m * 60_000 && x.at < (m + 1) * 60_000)
        .map((x) => (Number.isFinite(x.live) ? x.live : x.heap));
      return inMinute.length ? String(mib(Math.min(...inMinute))) : '·';
    });
    timelines.push(`${path.basename(file, '.log')}: ${troughs.join(' ')}`);
    // a heap grows through its first minutes under load: the bound is asserted on runs of 5 min or
    // more, on what full collections leave (the floor of the heap in use, kept for comparison with
    // earlier runs, swings with when collections happen to fall)
    const measured = Number.isFinite(live[1]) && Number.isFinite(live[2]);
    if (lived && minutes >= 5 && !(measured ? growth([live[1], live[2]]) < 0.1 : growth(heap) < 0.1))
      problems.push(
        measured
          ? `server ${n + 1}: the live heap after full collections grew ${percent(growth([live[1], live[2]]))} from the second third of the load to the last`
          : `server ${n + 1}: live heap floor grew ${percent(growth(heap))} from the first half to the second`,
      );
  }

  const ms = (t: Tally, p: number) => (t.count ? t.percentile(p) : 0);
  const outcomes = (t: Tally) => [...t.outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(
    `\n${minutes} min, ${readers} readers, ${editors.length} editors, ${addresses.length} addresses`,
  );
  console.log(
    table([
      {
        requests: 'pages from a cache',
        n: cached.count,
        'p50 ms': ms(cached, 50),
        'p99 ms': ms(cached, 99),
        outcomes: outcomes(cached),
      },
      {
        requests: 'pages rendered',
        n: uncached.count,
        'p50 ms': ms(uncached, 50),
        'p99 ms': ms(uncached, 99),
        outcomes: outcomes(uncached),
      },
      {
        requests: 'saves',
        n: saves.count,
        'p50 ms': ms(saves, 50),
        'p99 ms': ms(saves, 99),
        outcomes: outcomes(saves),
      },
      {
        requests: 'workflow steps',
        n: steps.count,
        'p50 ms': ms(steps, 50),
        'p99 ms': ms(steps, 99),
        outcomes: outcomes(steps),
      },
    ]),
  );
  console.log(`\nReaders' answers by fault:`);
  for (const [w, seen] of byWindow)
    console.log(`  ${w}: ${[...seen].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(
    `\nNewsroom: ${newsroom.acknowledged.length} saves acknowledged, ${newsroom.conflicts} conflicts (nothing written), ${newsroom.scheduled.length} versions scheduled`,
  );
  for (const [step, n] of newsroom.steps) console.log(`  ${step}: ${n}`);
  if (faultReport.length) console.log(`\nFaults:\n  ${faultReport.join('\n  ')}`);
  if (cut.length)
    console.log(
      `  editors' requests refused or cut during faults: ${cut.length} (${[...new Set(cut)].slice(0, 4).join('; ')})`,
    );
  console.log(`\nMemory of each server process:\n${table(memoryRows)}`);
  console.log(
    `Live heap after full collections (MiB, lowest in each minute of the load):\n  ${timelines.join('\n  ')}`,
  );
  console.log(
    `\nLogs: ${events.length} JSON lines — ${savesLogged} saves with actor and request id, ${failed} failed requests (answered by the instances; nginx answered readers from its cache or the other instance), ${events.filter((e) => e.event === 'stale-if-error').length} last good copies served, ${unhandled.length} unhandled`,
  );
  if (problems.length) {
    for (const [i, instance] of shape.instances.entries())
      console.log(
        `\nInstance ${i + 1}'s log ends:\n${readFileSync(instance.logFile, 'utf8').split('\n').slice(-15).join('\n')}`,
      );
    console.log(`\n✖ ${problems.length} problems:`);
    for (const p of problems.slice(0, 40)) console.log(`  ${p}`);
    return false;
  }
  console.log('\n✔ no 5xx but the outage page, nothing lost, every schedule published once');
  return true;
}
