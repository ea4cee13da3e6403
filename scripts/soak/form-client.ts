import { request as httpRequest } from 'node:http';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A newsroom user without JavaScript, over real HTTP: reads a page, fills one of its forms as the
 * browser would (every field as rendered, the pressed button's name and value, React's hidden
 * action fields), and posts it to the page — the progressive-enhancement path of Next's server
 * actions, the same actions the browser calls. Keeps its session cookie.
 */
export class FormClient {
  private cookie = '';

  constructor(
    private readonly origin: string,
    private readonly timeoutMs = 30_000,
    /**
     * `localAddress`: the loopback address to connect from (127.0.0.2 …: another client to the
     * server, with limits of its own); `headers`: sent with every request (a claimed X-Forwarded-For)
     */
    private readonly options: { localAddress?: string; headers?: Record<string, string> } = {},
  ) {}

  async get(path: string): Promise<{ status: number; html: string; root: HTMLElement }> {
    const response = await this.send(new URL(path, this.origin), { headers: this.headers() });
    this.keepCookie(response);
    const html = await response.text();
    return { status: response.status, html, root: parse(html) };
  }

  /**
   * Posts the first form on `page` that `pick` accepts, with `change` applied to its fields and
   * `button` (name=value) pressed. Answers the status, the redirect target and the page sent back.
   */
  async submit(
    path: string,
    page: HTMLElement,
    pick: (form: HTMLElement) => boolean,
    change: (fields: Array<[string, string]>) => Array<[string, string]> = (f) => f,
    button?: [string, string],
  ): Promise<{ status: number; location: string | null; root: HTMLElement; html: string }> {
    const form = page.querySelectorAll('form').find(pick);
    if (!form) throw new Error(`no such form on ${path}`);
    const body = new FormData();
    for (const [name, value] of change(fieldsOf(form))) body.append(name, value);
    if (button) body.append(button[0], button[1]);
    const response = await this.send(new URL(path, this.origin), {
      body,
      headers: { ...this.headers(), origin: this.origin },
    });
    this.keepCookie(response);
    const html = await response.text();
    return { status: response.status, location: response.headers.get('location'), root: parse(html), html };
  }

  /**
   * Calls the server action of a `useActionState` form as the browser's JavaScript does (a fetch
   * with the Next-Action header, the arguments encoded as React encodes them: the bound previous
   * state, then the form's fields) and answers the state the action returned.
   */
  async callFormAction(
    path: string,
    page: HTMLElement,
    pick: (form: HTMLElement) => boolean,
    change: (fields: Array<[string, string]>) => Array<[string, string]> = (f) => f,
  ): Promise<{ status: number; state: Record<string, unknown> | null; head: string }> {
    const form = page.querySelectorAll('form').find(pick);
    if (!form) throw new Error(`no such form on ${path}`);
    const all = fieldsOf(form);
    const reference = all.find(([k]) => /^\$ACTION_\d+:0$/.test(k));
    const bound = all.find(([k]) => /^\$ACTION_\d+:1$/.test(k));
    if (!reference) throw new Error(`the form on ${path} has no server action`);
    const { id } = JSON.parse(reference[1]) as { id: string };
    const body = new FormData();
    // React's reply encoding: the FormData argument's fields as "_1_<name>", then the arguments as "0"
    for (const [name, value] of change(all.filter(([k]) => !k.startsWith('$ACTION_'))))
      body.append(`_1_${name}`, value);
    body.append('0', JSON.stringify([...(bound ? (JSON.parse(bound[1]) as unknown[]) : []), '$K1']));
    const response = await this.send(new URL(path, this.origin), {
      body,
      headers: { ...this.headers(), origin: this.origin, 'next-action': id, accept: 'text/x-component' },
    });
    this.keepCookie(response);
    const text = await response.text();
    return { status: response.status, state: actionResult(text), head: text.slice(0, 300) };
  }

  /** The session cookie this client holds, as a Cookie header ("name=value"). */
  cookieHeader(): string {
    return this.cookie;
  }

  /**
   * Signs in through the newsroom's login form (in the `ui` language); answers where the form
   * sent the browser: the dashboard, or the login page with an error.
   */
  async signIn(
    ui: string,
    email: string,
    password: string,
  ): Promise<{ status: number; location: string | null }> {
    const path = `/editor/${ui}/login`;
    const page = await this.get(path);
    if (page.status !== 200) return { status: page.status, location: null };
    const answer = await this.submit(
      path,
      page.root,
      (f) => !!f.querySelector('input[name=password]'),
      (fields) => fields.map(([k, v]) => [k, k === 'email' ? email : k === 'password' ? password : v]),
    );
    return { status: answer.status, location: answer.location };
  }

  /**
   * Calls a server action by its id as the browser's JavaScript does, with `fields` as its FormData
   * argument after the `bound` arguments (a useActionState form's previous state). Answers the
   * status, where the action redirected to (Next's x-action-redirect), and the value it returned.
   */
  async callAction(
    path: string,
    id: string,
    fields: Array<[string, string]>,
    bound: unknown[] = [],
  ): Promise<{ status: number; redirect: string | null; state: Record<string, unknown> | null }> {
    const body = new FormData();
    for (const [name, value] of fields) body.append(`_1_${name}`, value);
    body.append('0', JSON.stringify([...bound, '$K1']));
    const response = await this.send(new URL(path, this.origin), {
      body,
      headers: { ...this.headers(), origin: this.origin, 'next-action': id, accept: 'text/x-component' },
    });
    this.keepCookie(response);
    const text = await response.text();
    return {
      status: response.status,
      redirect: response.headers.get('x-action-redirect') ?? response.headers.get('location'),
      state: actionResult(text),
    };
  }

  private headers(): Record<string, string> {
    return { ...this.options.headers, ...(this.cookie ? { cookie: this.cookie } : {}) };
  }

  /** A GET, or a POST of `body`; redirects are answers, not followed. */
  private async send(
    url: URL,
    init: { body?: FormData; headers: Record<string, string> },
  ): Promise<Response> {
    const method = init.body ? 'POST' : 'GET';
    const { localAddress } = this.options;
    if (!localAddress)
      return fetch(url, {
        method,
        body: init.body,
        headers: init.headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    // fetch cannot choose the address it connects from: node:http can
    const encoded = init.body ? new Request(url, { method, body: init.body }) : undefined;
    const body = encoded ? Buffer.from(await encoded.arrayBuffer()) : undefined;
    const headers = {
      ...init.headers,
      ...(encoded && body
        ? { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) }
        : {}),
    };
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method, headers, localAddress, timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            for (const v of [value ?? []].flat()) answer.append(name, v);
          const status = res.statusCode ?? 500;
          resolve(
            new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), {
              status,
              headers: answer,
            }),
          );
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer from ${url.href}`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  private keepCookie(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name] = pair!.split('=');
      const rest = this.cookie
        .split('; ')
        .filter((c) => c && !c.startsWith(`${name}=`))
        .join('; ');
      this.cookie = /max-age=0|expires=thu, 01 jan 1970/i.test(line)
        ? rest
        : [rest, pair].filter(Boolean).join('; ');
    }
  }
}

/** The fields a browser would send for `form`, in document order (no buttons). */
export function fieldsOf(form: HTMLElement): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const el of form.querySelectorAll('input, textarea, select')) {
    const name = el.getAttribute('name');
    if (!name || el.hasAttribute('disabled')) continue;
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (tag === 'input' && ['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
    if (tag === 'input' && ['checkbox', 'radio'].includes(type) && !el.hasAttribute('checked')) continue;
    if (tag === 'textarea') fields.push([name, el.text]);
    else if (tag === 'select') {
      const chosen = el.querySelector('option[selected]') ?? el.querySelector('option');
      fields.push([name, chosen?.getAttribute('value') ?? chosen?.text ?? '']);
    } else fields.push([name, el.getAttribute('value') ?? (type === 'checkbox' ? 'on' : '')]);
  }
  return fields;
}

/**
 * The value an action returned, from its RSC answer: row 0 names the row that holds it ("a":"$@N"),
 * which may come after rows of the refreshed page.
 */
export function actionResult(payload: string): Record<string, unknown> | null {
  const rows = flightRows(payload);
  try {
    const root = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null;
    const id = root?.a?.startsWith('$@') ? root.a.slice(2) : '1';
    const value = resolved(JSON.parse(rows.get(id) ?? 'null') as unknown, rows, 0);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A value with its references to other rows filled in: React sends a long string (a paragraph of
 * a kilobyte or more) as a text row of its own and writes "$<row id>" where it stands.
 */
function resolved(value: unknown, rows: Map<string, string>, depth: number): unknown {
  if (depth > 20) return value;
  if (typeof value === 'string') {
    const ref = /^\$([0-9a-f]+)$/.exec(value)?.[1];
    if (ref === undefined || !rows.has(ref)) return value.startsWith('$$') ? value.slice(1) : value;
    try {
      return resolved(JSON.parse(rows.get(ref)!) as unknown, rows, depth + 1);
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((v) => resolved(v, rows, depth + 1));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolved(v, rows, depth + 1)]));
  return value;
}

/**
 * The rows of an RSC payload by id: "<hex id>:<JSON>\n", or "<hex id>:T<hex byte length>,<text>"
 * with no line end after the text (long strings are sent that way, and may hold line breaks).
 */
function flightRows(payload: string): Map<string, string> {
  const bytes = Buffer.from(payload, 'utf8');
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString('latin1');
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString('latin1'), 16);
      // kept as a JSON string, so that a reference to it reads back as the text it is
      rows.set(id, JSON.stringify(bytes.subarray(comma + 1, comma + 1 + length).toString('utf8')));
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    rows.set(id, bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString('utf8'));
    at = end < 0 ? bytes.length : end + 1;
  }
  return rows;
}
