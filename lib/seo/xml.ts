import { cachePolicy } from '../http/cache-policy';
/** Text and attribute values for XML: the five special characters escaped, control characters dropped. */
export function xml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An XML response that crawlers and feed readers may cache briefly. */
export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
    headers: {
      'Content-Type': `${contentType}; charset=utf-8`,
      'Cache-Control': cachePolicy.feed,
    },
  });
}
