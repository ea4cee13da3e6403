import { IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A multipart form body that cannot be read (no boundary, a cut-off part, junk) is the client's
 * fault, but Next answers it with a 500 when it tries to decode it as a server action. The portal's
 * server reads such bodies first, with the same FormData parser Next uses: one that parses is handed
 * to Next unchanged (replayed from memory), one that does not gets a localized 400 and never reaches
 * Next. A form body larger than any the portal accepts (Next's action limit is 512 KB) is a 413
 * (Next failed on those with a 500 too).
 */

/** Above next.config.ts's serverActions.bodySizeLimit (512 KB): no form of the portal is larger. */
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
 * Reads a multipart POST's body. Returns the request to hand to Next (a replay of the body), or
 * null when the body was too large (413) or could not be read as a form (`refuse` answered it).
 */
export async function checkFormBody(
  req: IncomingMessage,
  res: ServerResponse,
  refuse: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<IncomingMessage | null> {
  const tooLarge = () => {
    res.statusCode = 413;
    res.setHeader('connection', 'close');
    res.setHeader('cache-control', 'no-store');
    res.end();
    return null;
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_CHECKED_BYTES) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CHECKED_BYTES) return tooLarge();
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (!(await readsAsForm(req.headers['content-type'] ?? '', body))) {
    refuse(req, res);
    return null;
  }
  return replay(req, body);
}
