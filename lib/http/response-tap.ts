import type { ServerResponse } from 'node:http';

/**
 * A tap on a Node response: sees every chunk written, and can hold the answer back until it is
 * complete to send it as written or answer otherwise. The portal's server has two (the not-found
 * guard, lib/server/request-guards.ts, and the page cache's capture, lib/freshness/page-cache.ts);
 * both are built on this, so the patching of writeHead / write / end / flushHeaders is written and
 * tested once (tests/unit/response-tap.test.ts).
 *
 * Taps stack: each wraps the methods it found when installed and never reassigns them later, so a
 * tap installed after another still sees everything, and the earlier one's `write`/`end` below are
 * the later one's way out.
 */

/** The held answer, complete. */
export type Held = {
  /** what was written, as bytes (strings in their encoding) */
  body: Buffer;
  /** sends the held answer exactly as it was written */
  release(): void;
  /** the methods the tap found: write and end past this tap */
  write(chunk: Buffer | string): boolean;
  end(chunk?: Buffer | string): void;
  /**
   * Puts back on the response the methods this tap found, dropping it and every wrapper installed
   * after it (Next's gzip step, which has ended by now): for an answer written in place of the held
   * one through the response's own methods (res.writeHead, res.end).
   */
  restore(): void;
};

export type Tap = {
  /** whether to hold the answer until it is complete; asked once, when its status is first known */
  hold(res: ServerResponse): boolean;
  /** every chunk of the body as it is written, held or not */
  chunk?(buffer: Buffer): void;
  /** writeHead was given headers: they go out as they are, after whatever was held */
  explicitHeaders?(): void;
  /** a held answer is complete (never called for one that was not held) */
  complete?(held: Held): void;
};

const isChunk = (chunk: unknown) => chunk !== undefined && chunk !== null && typeof chunk !== 'function';

const bytes = (chunk: unknown, encoding: unknown): Buffer =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : Buffer.from(chunk as Uint8Array);

type Method = (...args: unknown[]) => unknown;

/**
 * One tapped response's state. Its helpers are methods, not closures made per response: the
 * portal's server runs under tsx, which names every closure it creates (esbuild's keepNames), and
 * a handful of closures per request showed as a fifth of the time in garbage collection.
 */
class Tapped {
  mode: 'undecided' | 'pass' | 'hold' = 'undecided';
  held: unknown[][] = [];
  constructor(
    readonly res: ServerResponse,
    readonly tap: Tap,
    readonly write: Method,
    readonly end: Method,
    readonly writeHead: Method,
    readonly flushHeaders: Method,
  ) {}

  decide() {
    if (this.mode === 'undecided') this.mode = this.tap.hold(this.res) ? 'hold' : 'pass';
    return this.mode;
  }

  seen(chunk: unknown, encoding: unknown) {
    if (this.tap.chunk && isChunk(chunk)) this.tap.chunk(bytes(chunk, encoding));
  }

  flush(self: ServerResponse) {
    for (const args of this.held.splice(0)) this.write.apply(self, args);
  }

  /** the end of a held answer: hand it to the tap */
  complete(self: ServerResponse, args: unknown[]) {
    this.mode = 'pass'; // from here on, writes go out
    // what was held is the tap's now: sent by release(), or dropped for another answer
    const pending = this.held.splice(0);
    const body = Buffer.concat(
      [...pending, isChunk(args[0]) ? [args[0], args[1]] : []]
        .filter(([c]) => isChunk(c))
        .map(([c, e]) => bytes(c, e)),
    );
    const release = () => {
      for (const chunk of pending) this.write.apply(self, chunk);
      this.end.apply(self, args);
    };
    if (!this.tap.complete) return release();
    this.tap.complete({
      body,
      release,
      write: (chunk) => this.write.call(self, chunk) as boolean,
      end: (chunk) => void (chunk === undefined ? this.end.call(self) : this.end.call(self, chunk)),
      restore: () => {
        Object.assign(self, {
          write: this.write,
          end: this.end,
          writeHead: this.writeHead,
          flushHeaders: this.flushHeaders,
        });
      },
    });
  }
}

export function tapResponse(res: ServerResponse, tap: Tap): void {
  const t = new Tapped(
    res,
    tap,
    res.write as Method,
    res.end as Method,
    res.writeHead as Method,
    res.flushHeaders as Method,
  );
  // a held answer's headers wait with its body
  res.flushHeaders = function (this: ServerResponse) {
    if (t.decide() === 'pass') t.flushHeaders.call(this);
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    let withHeaders = false;
    for (const a of args) if (typeof a === 'object' && a !== null) withHeaders = true;
    if (withHeaders) t.tap.explicitHeaders?.();
    if (t.mode === 'undecided' && typeof args[0] === 'number') res.statusCode = args[0];
    // headers passed here cannot be held back: the held part goes out first, then the rest as written
    if (t.decide() === 'pass' || withHeaders) {
      t.mode = 'pass';
      const result = t.writeHead.apply(this, args);
      t.flush(this);
      return result;
    }
    // the implicit header of the first write (Node's, or Next's compression's): it waits too
    if (typeof args[0] === 'number') res.statusCode = args[0];
    return this;
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    t.seen(args[0], args[1]);
    if (t.decide() === 'pass') return t.write.apply(this, args);
    t.held.push(args);
    return true;
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    t.seen(args[0], args[1]);
    if (t.decide() === 'pass') return t.end.apply(this, args);
    t.complete(this, args);
    return this;
  } as typeof res.end;
}
