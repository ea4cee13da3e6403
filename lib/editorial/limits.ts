/** Field limits of a language version, shared by the editor form, the save and the importer. */
export const LIMITS = { title: 300, standfirst: 1000, paragraph: 10_000, paragraphs: 200 } as const;

/**
 * The fields a failed zod parse names, once each: top-level (`paragraphs`) or, with `paths`,
 * whole paths (`names.zh`, `slugs.en`) where the form shows one input per language.
 */
export function invalidFields(error: { issues: Array<{ path: PropertyKey[] }> }, paths = false): string[] {
  return [...new Set(error.issues.map((i) => (paths ? i.path.map(String).join('.') : String(i.path[0]))))];
}
