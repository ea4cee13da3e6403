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

export function tapResponse(res: ServerResponse, tap: Tap): void {
  const { write, end, writeHead, flushHeaders } = res;
  const callWrite = (self: ServerResponse, args: unknown[]) =>
    (write as (...a: unknown[]) => boolean).apply(self, args);
  const callEnd = (self: ServerResponse, args: unknown[]) =>
    (end as (...a: unknown[]) => ServerResponse).apply(self, args);
  let mode: 'undecided' | 'pass' | 'hold' = 'undecided';
  const held: unknown[][] = [];
  const decide = () => {
    if (mode === 'undecided') mode = tap.hold(res) ? 'hold' : 'pass';
    return mode;
  };
  const seen = (chunk: unknown, encoding: unknown) => {
    if (tap.chunk && isChunk(chunk)) tap.chunk(bytes(chunk, encoding));
  };
  const flush = (self: ServerResponse) => {
    for (const args of held.splice(0)) callWrite(self, args);
  };

  // a held answer's headers wait with its body
  res.flushHeaders = function (this: ServerResponse) {
    if (decide() === 'pass') flushHeaders.call(this);
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const withHeaders = args.some((a) => typeof a === 'object' && a !== null);
    if (withHeaders) tap.explicitHeaders?.();
    if (mode === 'undecided' && typeof args[0] === 'number') res.statusCode = args[0];
    // headers passed here cannot be held back: the held part goes out first, then the rest as written
    if (decide() === 'pass' || withHeaders) {
      mode = 'pass';
      const result = (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
      flush(this);
      return result;
    }
    // the implicit header of the first write (Node's, or Next's compression's): it waits too
    if (typeof args[0] === 'number') res.statusCode = args[0];
    return this;
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    seen(args[0], args[1]);
    if (decide() === 'pass') return callWrite(this, args);
    held.push(args);
    return true;
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    seen(args[0], args[1]);
    if (decide() === 'pass') return callEnd(this, args);
    mode = 'pass'; // from here on, writes go out
    // what was held is the tap's now: sent by release(), or dropped for another answer
    const pending = held.splice(0);
    const body = Buffer.concat(
      [...pending, isChunk(args[0]) ? [args[0], args[1]] : []]
        .filter(([c]) => isChunk(c))
        .map(([c, e]) => bytes(c, e)),
    );
    const release = () => {
      for (const chunk of pending) callWrite(res, chunk);
      callEnd(res, args);
    };
    if (!tap.complete) {
      release();
      return this;
    }
    tap.complete({
      body,
      release,
      write: (chunk) => callWrite(res, [chunk]),
      end: (chunk) => void callEnd(res, chunk === undefined ? [] : [chunk]),
    });
    return this;
  } as typeof res.end;
}
