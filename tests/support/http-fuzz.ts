import { request } from 'node:http';
import fc from 'fast-check';

/**
 * Generated HTTP requests for fuzzing the portal (scripts/fuzz-http.ts, and a short run in the
 * end-to-end layer): random and malformed paths and percent-encoding, huge and odd query strings,
 * junk Accept-Language, huge cookies, RSC and router headers, unusual methods, broken and oversized
 * form bodies posted as server actions, newsroom routes without a session.
 */

export type Probe = { method: string; path: string; headers: Record<string, string>; body?: Buffer };

const segment = fc.oneof(
  fc.constantFrom(
    'zh',
    'en',
    'vi',
    'xx',
    'articles',
    'cities',
    'people',
    'search',
    'editor',
    'api',
    '_next',
    'feed.xml',
    'with',
    'share.png',
    '..',
    '.',
    '',
  ),
  fc.constantFrom(
    '%zz',
    '%c3%28',
    'a%',
    '%00',
    '%0a',
    '%2F',
    '%25',
    '%E5%8D%97',
    '%E4%B8',
    '%ff',
    '%%',
    '%u0041',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => encodeURIComponent(s)),
  fc.constantFrom(
    'mayors-release-nanning-initiative',
    'nanning',
    'lang-son',
    'hou-gang',
    'en,zh',
    'zh,vi,en',
  ),
);
const query = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }).map((q) => `?q=${encodeURIComponent(q)}`),
  fc.constantFrom(
    '?q=%zz',
    '?page=-1',
    '?page=99999999999999999999',
    '?type=<script>',
    '?q=' + 'a'.repeat(5000),
    '?_rsc=1',
    '?a&&&=&b',
  ),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `?q=${'%E5%8D%97'.repeat(Math.ceil(n / 9))}`),
);
const headers = fc
  .record(
    {
      'accept-language': fc.oneof(
        fc.constantFrom('vi', 'zh-CN,zh;q=0.9', '*', ';;;q=x', 'xx-YY'),
        fc.string({ maxLength: 60 }),
      ),
      cookie: fc.oneof(
        fc.constantFrom('NEXT_LOCALE=xx', 'portal_session=forged'),
        fc.integer({ min: 1, max: 6000 }).map((n) => `junk=${'x'.repeat(n)}`),
      ),
      rsc: fc.constantFrom('1', '0', 'garbage'),
      'next-router-state-tree': fc.constantFrom('%5B%5D', 'not json', '%zz'),
      'next-router-prefetch': fc.constant('1'),
      'next-action': fc.constantFrom('f00d', '0'.repeat(40), '../../etc'),
      accept: fc.constantFrom('text/html', 'text/x-component', '*/*', 'application/json'),
      // cross-site form posts and action calls (CSRF), and origins no browser sends
      origin: fc.constantFrom('https://attacker.example', 'null', 'http://127.0.0.1', 'not a url'),
      'x-forwarded-host': fc.constantFrom('attacker.example', ''),
    },
    { requiredKeys: [] },
  )
  .map(
    (h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>,
  );
const formBody = fc.oneof(
  fc.constant({
    type: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\ncut',
  }),
  fc.constant({ type: 'multipart/form-data', body: 'no boundary at all' }),
  fc.string({ maxLength: 200 }).map((s) => ({ type: 'multipart/form-data; boundary=b', body: s })),
  fc.string({ maxLength: 200 }).map((s) => ({ type: 'application/x-www-form-urlencoded', body: s })),
  fc.string({ maxLength: 200 }).map((s) => ({ type: 'text/plain;charset=UTF-8', body: s })),
  fc
    .integer({ min: 1, max: 3 })
    .map((n) => ({ type: 'multipart/form-data; boundary=b', body: 'x'.repeat(n * 400_000) })),
);
export const probe: fc.Arbitrary<Probe> = fc
  .record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
    segments: fc.array(segment, { minLength: 0, maxLength: 5 }),
    query,
    headers,
    form: formBody,
  })
  .map(({ method, segments, query: q, headers: h, form }) => {
    const path = `/${segments.join('/')}${q}`;
    if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return { method, path, headers: h };
    const body = Buffer.from(form.body);
    return {
      method,
      path,
      headers: { ...h, 'content-type': form.type, 'content-length': String(body.length) },
      body,
    };
  });

export type Answer = { status: number; type: string; lang: string | null; length: number };

/** The languages error pages may be in (the <html lang> of each locale). */
const knownLanguages = new Set(['zh-Hans', 'en', 'vi']);

/**
 * What is wrong with an answer a reader would see, if anything: a 5xx (the localized outage page
 * excepted when `outage` allows it), or an error page in no known language.
 */
export function answerProblem(a: Answer): string | null {
  if (a.status >= 500) return `${a.status}`;
  if (a.status >= 400 && a.length > 0) {
    if (!a.type.startsWith('text/html')) return `${a.status} answered as ${a.type || 'no type'}`;
    if (!a.lang || !knownLanguages.has(a.lang)) return `${a.status} page in language ${a.lang ?? 'none'}`;
  }
  return null;
}

/** Sends a probe as it is (raw path, no normalising); resolves with what came back. */
export function send(origin: URL, p: Probe): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: origin.hostname,
        port: origin.port,
        method: p.method,
        path: p.path,
        headers: p.headers,
        timeout: 30_000,
        // a connection of its own: with Node's keep-alive agent, a probe could be written on a socket
        // the server was closing as idle at that moment, and the reset would count against the portal
        // (it happened once in a CI run: "read ECONNRESET" on a plain DELETE)
        agent: false,
        // a redirect may repeat a long address in Location: read it rather than fail on it
        maxHeaderSize: 1024 * 1024,
      },
      (res) => {
        let head = '';
        let length = 0;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          length += chunk.length;
          if (head.length < 4096) head += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            lang: /<html[^>]*\slang="([^"]*)"/.exec(head)?.[1] ?? null,
            length,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(p.body);
  });
}

/**
 * Whether a failed request is an answer after all: the server may close the connection on a body
 * larger than any form of the portal (it answers 413 first, and stops reading), and only then. A
 * dropped connection on any other probe is a crash or a hang, and counts as a failure.
 */
export function closedOnOversizedBody(p: Probe, error: unknown): boolean {
  return (p.body?.length ?? 0) > 512 * 1024 && /ECONNRESET|EPIPE|socket hang up/.test(String(error));
}
