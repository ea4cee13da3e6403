/**
 * `npm run lighthouse`: builds, serves the portal on a fresh database, and audits the home, an
 * article, a speaker and a city page in each language, and a report with a lead photo and three
 * photos in its text (zh and en; scripts/photo-report.ts), with Lighthouse (mobile preset,
 * simulated throttling) in the system's Chromium. Prints the four category scores and the total
 * blocking time per page, keeps the HTML reports in lighthouse-reports/, and exits 1 when a score
 * misses its target (SEO 100; Performance, Accessibility and Best Practices 95). Lighthouse's
 * scores vary from run to run, more so on a small machine that also runs the server, so each page
 * is audited several times and the median of each category is reported, as Lighthouse's
 * documentation advises.
 *   --no-build      audit the existing build
 *   --runs N        audits per page (default 3)
 *   --only REGEX    audit only the pages whose name matches ("photos", "\\(zh\\)")
 *   --against REV   also build and serve commit REV (scripts/measure-against.ts) and audit each
 *                   page there right after auditing it here, so both are measured in the same
 *                   minutes on the same machine; the table gains its columns
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { projectRoot } from '../lib/db/provision';
import { buildPortal } from './build-portal';
import { checkoutAndBuild } from './measure-against';
import { serveFresh } from './serve-fresh';

// measured builds live apart from the .next a running portal serves (lib/build/dist-dir.ts)
process.env.PORTAL_DIST_DIR = '.next-measure';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3240);
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : 3;
const againstFlag = process.argv.indexOf('--against');
const against = againstFlag > 0 ? process.argv[againstFlag + 1] : undefined;
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag > 0 ? new RegExp(process.argv[onlyFlag + 1] ?? '', 'u') : undefined;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const targets: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 95,
  'best-practices': 95,
  seo: 100,
};
type Page = { name: string; path: string; photos?: boolean };
const pages: Page[] = (['zh', 'en', 'vi'] as const).flatMap((l) => [
  { name: `home (${l})`, path: `/${l}` },
  {
    name: `article (${l})`,
    path: {
      zh: '/zh/articles/nanning-changyi-fabu',
      en: '/en/articles/mayors-release-nanning-initiative',
      vi: '/vi/articles/cong-bo-sang-kien-nam-ninh',
    }[l],
  },
  { name: `speaker (${l})`, path: `/${l}/people/athsaphangthong-siphandone` },
  { name: `city (${l})`, path: `/${l}/cities/nanning` },
]);

function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined; // chrome-launcher looks for an installed Chrome
  }
}

/** Requests every rendition a page's pictures offer, so the audit sees them as readers after the first do. */
async function warmPictures(url: string) {
  const html = await (await fetch(url)).text();
  const sources = [...html.matchAll(/srcSet="([^"]+)"/giu)].flatMap((m) =>
    m[1]!.split(',').map((c) => c.trim().split(/\s+/u)[0]!),
  );
  const urls = [...new Set(sources)].map((s) => new URL(s.replaceAll('&amp;', '&'), url).href);
  for (let i = 0; i < urls.length; i += 4) await Promise.all(urls.slice(i, i + 4).map((u) => fetch(u)));
}

type Scores = { categories: number[]; tbt: number };
const medianOf = (runs: Scores[]): Scores => ({
  categories: categories.map((_, i) => median(runs.map((r) => r.categories[i]!))),
  tbt: median(runs.map((r) => r.tbt)),
});

const base = against ? checkoutAndBuild(against) : undefined;
if (!process.argv.includes('--no-build')) await buildPortal();
const server = await serveFresh(port);
const baseServer = base
  ? await serveFresh(port + 1, base.root).catch(async (e) => {
      await server.stop();
      throw e;
    })
  : undefined;
const reports = path.join(projectRoot, 'lighthouse-reports');
await mkdir(reports, { recursive: true });

// the report with photos, added to the database served here (the earlier commit has no photos)
const made = spawnSync(
  path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
  ['--conditions=react-server', 'scripts/photo-report.ts', server.databaseUrl],
  { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (made.status !== 0) {
  await Promise.all([server.stop(), baseServer?.stop()]);
  throw new Error('The report with photos could not be made (scripts/photo-report.ts).');
}
const photoPaths = JSON.parse(made.stdout.trim().split('\n').at(-1)!) as { zh: string; en: string };
pages.push(
  { name: 'photos (zh)', path: photoPaths.zh, photos: true },
  { name: 'photos (en)', path: photoPaths.en, photos: true },
);

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function audit(url: string, file: string): Promise<Scores> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  await writeFile(path.join(reports, file), result.report as string);
  return {
    categories: categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100)),
    tbt: Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? 0),
  };
}

let exitCode = 0;
try {
  const rows: Array<{ name: string; here: Scores; there?: Scores }> = [];
  for (const page of pages.filter((p) => !only || only.test(p.name))) {
    const url = `${server.origin}${page.path}`;
    const baseUrl = baseServer && !page.photos ? `${baseServer.origin}${page.path}` : undefined;
    // the first request renders and caches the page; audit what readers get next
    await fetch(url);
    if (page.photos) await warmPictures(url);
    if (baseUrl) await fetch(baseUrl);
    const here: Scores[] = [];
    const there: Scores[] = [];
    const stem = page.name.replace(/[^a-z]+/g, '-').replace(/-$/, '');
    for (let run = 0; run < runs; run++) {
      here.push(await audit(url, `${stem}-${run + 1}.html`));
      if (baseUrl) there.push(await audit(baseUrl, `${stem}-${base!.short}-${run + 1}.html`));
    }
    rows.push({ name: page.name, here: medianOf(here), ...(baseUrl ? { there: medianOf(there) } : {}) });
    const line = (s: Scores[]) => s.map((r) => `${r.categories.join('/')} ${r.tbt}ms`).join('  ');
    process.stdout.write(
      `  ${page.name}: ${line(here)}${baseUrl ? `   |  ${base!.short}: ${line(there)}` : ''}\n`,
    );
  }

  console.log(`\nMedian of ${runs} run(s) per page:`);
  const cell = (v: string | number, w: number) => String(v).padStart(w);
  console.log(
    `${'page'.padEnd(16)} ${cell('performance', 11)} ${cell('accessibility', 14)} ${cell('best practices', 15)} ${cell('SEO', 5)} ${cell('TBT ms', 7)}${
      base ? ` ${cell(`perf ${base.short}`, 13)} ${cell(`TBT ${base.short}`, 12)}` : ''
    }`,
  );
  for (const { name, here, there } of rows) {
    const cells = here.categories.map((s, i) => `${s}${s < targets[categories[i]!] ? '!' : ' '}`);
    console.log(
      `${name.padEnd(16)} ${cell(cells[0]!, 11)} ${cell(cells[1]!, 14)} ${cell(cells[2]!, 15)} ${cell(cells[3]!, 5)} ${cell(here.tbt, 7)}${
        base ? ` ${cell(there ? there.categories[0]! : '—', 13)} ${cell(there ? there.tbt : '—', 12)}` : ''
      }`,
    );
  }
  const perf = (pick: (r: (typeof rows)[number]) => Scores | undefined) => {
    const values = rows.map(pick).filter((s): s is Scores => s !== undefined);
    return values.length
      ? `${median(values.map((s) => s.categories[0]!))} (TBT ${median(values.map((s) => s.tbt))} ms)`
      : '';
  };
  if (base)
    console.log(
      `\nMedian performance over the pages both have: here ${perf((r) => (r.there ? r.here : undefined))}, ${base.short} ${perf((r) => r.there)}.`,
    );
  const misses = rows.filter((r) => r.here.categories.some((s, i) => s < targets[categories[i]!]));
  console.log(
    `\nTargets: performance, accessibility and best practices ≥ 95, SEO 100 (mobile preset). ${
      misses.length === 0 ? 'All met.' : `Missed on ${misses.length} page(s), marked "!".`
    } Reports: lighthouse-reports/`,
  );
  if (misses.length > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  chrome.kill();
  await Promise.all([server.stop(), baseServer?.stop()]);
}
process.exit(exitCode);
