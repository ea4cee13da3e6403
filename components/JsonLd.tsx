/**
 * schema.org data for search engines. JSON cannot close the script element: every "<" is escaped,
 * so text from content or editors stays data.
 */
export function JsonLd({ nodes }: { nodes: object[] }) {
  return nodes.map((node, i) => (
    <script
      key={i}
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(node).replace(/</g, '\\u003c') }}
    />
  ));
}
