/**
 * `npm run lighthouse`: builds, serves the portal on a fresh database, and audits the home, an
 * article, a speaker and a city page in each language with Lighthouse (mobile preset, simulated
 * throttling) in the system's Chromium. Prints the four category scores per page, keeps the HTML
 * reports in lighthouse-reports/, and exits 1 when a score misses its target
 * (SEO 100; Performance, Accessibility and Best Practices 95). Lighthouse's scores vary from run to
 * run, more so on a small machine that also runs the server, so each page is audited several
 * times and the median of each category is reported, as Lighthouse's documentation advises.
 *   --no-build   audit the existing build
 *   --runs N     audits per page (default 3)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { projectRoot } from '../lib/db/provision';
import { buildPortal } from './build-portal';
import { serveFresh } from './serve-fresh';

// measured builds live apart from the .next a running portal serves (lib/build/dist-dir.ts)
process.env.PORTAL_DIST_DIR = '.next-measure';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3240);
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const targets: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 95,
  'best-practices': 95,
  seo: 100,
};
const pages = (['zh', 'en', 'vi'] as const).flatMap((l) => [
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

if (!process.argv.includes('--no-build')) await buildPortal();
const server = await serveFresh(port);
const reports = path.join(projectRoot, 'lighthouse-reports');
await mkdir(reports, { recursive: true });
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

let exitCode = 0;
try {
  const rows: Array<{ name: string; scores: number[] }> = [];
  for (const page of pages) {
    const url = `${server.origin}${page.path}`;
    await fetch(url); // the first request renders and caches the page; audit what readers get next
    const perRun: number[][] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      perRun.push(categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100)));
      const file = `${page.name.replace(/[^a-z]+/g, '-').replace(/-$/, '')}-${run + 1}.html`;
      await writeFile(path.join(reports, file), result.report as string);
    }
    const scores = categories.map((_, i) => median(perRun.map((r) => r[i]!)));
    rows.push({ name: page.name, scores });
    process.stdout.write(`  ${page.name}: ${perRun.map((r) => r.join('/')).join('  ')}\n`);
  }

  console.log(`\nMedian of ${runs} run(s) per page:`);
  console.log(`page             performance  accessibility  best practices   SEO`);
  for (const { name, scores } of rows) {
    const cells = scores.map((s, i) => `${s}${s < targets[categories[i]!] ? '!' : ' '}`);
    console.log(
      `${name.padEnd(16)} ${cells[0]!.padStart(11)} ${cells[1]!.padStart(14)} ${cells[2]!.padStart(15)} ${cells[3]!.padStart(5)}`,
    );
  }
  const misses = rows.filter((r) => r.scores.some((s, i) => s < targets[categories[i]!]));
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
  await server.stop();
}
process.exit(exitCode);
