import { XMLParser } from 'fast-xml-parser';

/**
 * The XML the exchange formats are read with (./xliff.ts, ./tmx.ts): parsed in document order
 * (mixed content keeps its inline codes where they stand), attributes by their names, text as
 * written. A file that declares entities of its own is refused before parsing (no expansion bombs).
 */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

/** The document's nodes, or null when it is not well-formed XML or declares entities. */
export function parseXml(xml: string): XmlNode[] | null {
  if (/<!ENTITY/iu.test(xml)) return null;
  try {
    const doc = parser.parse(xml, true) as unknown;
    return Array.isArray(doc) ? (doc as XmlNode[]) : null;
  } catch {
    return null;
  }
}

export const nameOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ':@')!;
export const childrenOf = (n: XmlNode) => (n[nameOf(n)] as XmlNode[] | undefined) ?? [];
export const attrs = (n: XmlNode) => n[':@'] ?? {};
/** An element's name without its namespace prefix. */
export const localName = (n: XmlNode) => nameOf(n).replace(/^.*:/u, '');
export const find = (nodes: XmlNode[], name: string) => nodes.filter((n) => localName(n) === name);
