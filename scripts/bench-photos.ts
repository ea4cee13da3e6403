/**
 * `npm run bench:photos`: builds, serves the portal on a fresh database (scripts/serve-fresh.ts),
 * signs an editor in over HTTP and measures, on a 24-megapixel camera-like JPEG
 * (scripts/photo-report.ts; made here, none came with the releases):
 *   - upload to ready: the upload form's POST until the library's answer (the original kept, its
 *     metadata read), then the first request of the lead image a phone asks for;
 *   - a rendition's first render against the same address served again (the page cache);
 *   - the bytes of the lead image (16:9) a 390 px wide screen asks for at 1×, 2× and 3× pixel
 *     density, as AVIF, WebP and JPEG.
 * Prints one table. Exits 1 when upload to ready exceeds 10 s or a cached answer 50 ms (median).
 *   --no-build   measure the existing build
 *   --runs N     requests per cached measurement (default 20)
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { photoRenditionPath } from '../lib/model/paths';
import { renditionKey, renditionWidths, type Crop, type RenditionFormat } from '../lib/model/photos';
import { buildPortal } from './build-portal';
import { createEditorAccount } from './cluster/services';
import { cameraLikeJpeg } from './photo-report';
import { serveFresh } from './serve-fresh';
import { FormClient } from './soak/form-client';

process.env.PORTAL_DIST_DIR = '.next-measure';

const port = Number(process.env.BENCH_PHOTOS_PORT ?? 3250);
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Math.max(3, Number(process.argv[runsFlag + 1]) || 20) : 20;
const limits = { readyMs: 10_000, cachedMs: 50 };
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) await buildPortal();
const server = await serveFresh(port);
let exitCode = 0;
try {
  const account = { email: 'bench-photos@newsroom.test', name: 'Bench', password: 'copper meadow signal 73' };
  createEditorAccount(server.databaseUrl, { ...account, role: 'editor' });
  const client = new FormClient(server.origin);
  const signed = await client.signIn('en', account.email, account.password);
  if (signed.status !== 303) throw new Error(`Signing in answered ${signed.status}`);

  const file = await cameraLikeJpeg(6000, 4000, 30);
  const sha256 = createHash('sha256').update(file).digest('hex');
  const body = new FormData();
  body.append('files', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), 'camera-24mp.jpg');
  const started = performance.now();
  const upload = await fetch(`${server.origin}/media/upload?ui=en`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { cookie: client.cookieHeader(), origin: server.origin },
  });
  const uploaded = performance.now() - started;
  const location = upload.headers.get('location') ?? '';
  const added = new URL(location, server.origin).searchParams.get('added')?.split(':')[0];
  if (upload.status !== 303 || !added) throw new Error(`The upload answered ${upload.status} ${location}`);

  const key = renditionKey(sha256, { x: 0.5, y: 0.5 });
  const url = (crop: Crop, width: number, format: RenditionFormat) =>
    `${server.origin}${photoRenditionPath(added, key, crop, width, format)}`;
  const get = async (address: string) => {
    const t = performance.now();
    const response = await fetch(address);
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200) throw new Error(`${address} answered ${response.status}`);
    return { ms: performance.now() - t, bytes, cache: response.headers.get('x-portal-cache') ?? 'miss' };
  };
  // what a 390 px phone asks for: the photo spans the screen less the page's padding (photoSizes),
  // 358 CSS pixels; at 2× the smallest width of the ladder that covers 716 pixels
  const pick = (dpr: number) => renditionWidths.find((w) => w >= (390 - 32) * dpr) ?? renditionWidths.at(-1)!;
  const firstLead = await get(url('wide', pick(2), 'avif'));
  const ready = uploaded + firstLead.ms;

  const rows: string[][] = [
    ['upload (POST of 24 MP, 7–8 MB, until the library answers)', ms(uploaded), ''],
    [`first lead image at 390 px 2× (wide-${pick(2)}.avif, rendered)`, ms(firstLead.ms), kb(firstLead.bytes)],
    ['upload to ready', ms(ready), ready <= limits.readyMs ? 'ok' : `over ${limits.readyMs} ms`],
  ];
  if (ready > limits.readyMs) exitCode = 1;
  for (const format of ['avif', 'webp', 'jpeg'] as const) {
    const address = url('standard', 960, format);
    const first = await get(address);
    const again: Array<{ ms: number; cache: string }> = [];
    for (let i = 0; i < runs; i++) again.push(await get(address));
    const cached = median(again.map((a) => a.ms));
    const hits = again.filter((a) => a.cache === 'hit').length;
    rows.push([
      `standard-960.${format}: first render / again (median of ${runs}, ${hits} page-cache hits)`,
      `${ms(first.ms)} / ${ms(cached)}`,
      cached <= limits.cachedMs ? 'ok' : `over ${limits.cachedMs} ms`,
    ]);
    if (cached > limits.cachedMs) exitCode = 1;
  }
  for (const dpr of [1, 2, 3]) {
    const width = pick(dpr);
    const sizes: string[] = [];
    for (const format of ['avif', 'webp', 'jpeg'] as const)
      sizes.push(`${format.toUpperCase()} ${kb((await get(url('wide', width, format))).bytes)}`);
    rows.push([`lead image at 390 px ${dpr}× (wide-${width})`, sizes.join(' · '), '']);
  }

  const width = Math.max(...rows.map((r) => r[0]!.length));
  console.log(`\nPhotos on ${server.origin} (24 MP camera-like JPEG, ${kb(file.length)}):\n`);
  for (const [what = '', value = '', note = ''] of rows)
    console.log(`${what.padEnd(width)}  ${value.padEnd(34)} ${note}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
