import { IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A multipart form body that cannot be read (no boundary, a cut-off part, junk) is the client's
 * fault, but Next answers it with a 500 when it tries to decode it as a server action. The portal's
 * server reads such bodies first, with the same FormData parser Next uses: one that parses is handed
 * to Next unchanged (replayed from memory), one that does not gets a localized 400 and never reaches
 * Next. Bodies larger than Next's own action limit pass through untouched (Next answers 413).
 */

/** Above next.config.ts's serverActions.bodySizeLimit (512 KB): Next refuses those itself. */
export const MAX_CHECKED_BYTES = 600 * 1024;

export function isMultipartPost(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  return req.method === 'POST' && /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

/** Whether a multipart body parses as FormData (undici's parser, as Next's own action handler). */
export async function readsAsForm(contentType: string, body: Buffer): Promise<boolean> {
  try {
    await new Request('http://portal.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
    return true;
  } catch {
    return false;
  }
}

/** The request again, its body replayed from memory, for Next to read as if from the socket. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const again = new IncomingMessage(req.socket);
  again.method = req.method;
  again.url = req.url;
  again.httpVersion = req.httpVersion;
  again.httpVersionMajor = req.httpVersionMajor;
  again.httpVersionMinor = req.httpVersionMinor;
  again.headers = req.headers;
  again.rawHeaders = req.rawHeaders;
  again.push(body);
  again.push(null);
  again.complete = true;
  return again;
}

/**
 * Reads a multipart POST's body. Returns the request to hand to Next (the original when the body
 * was not read, a replay when it was), or null when the body could not be read as a form and
 * `refuse` has answered it.
 */
export async function checkFormBody(
  req: IncomingMessage,
  res: ServerResponse,
  refuse: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<IncomingMessage | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_CHECKED_BYTES) return req;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CHECKED_BYTES) {
      res.statusCode = 413;
      res.setHeader('connection', 'close');
      res.end();
      return null;
    }
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (!(await readsAsForm(req.headers['content-type'] ?? '', body))) {
    refuse(req, res);
    return null;
  }
  return replay(req, body);
}
