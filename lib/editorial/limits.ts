/** Field limits of a language version, shared by the editor form, the save and the importer. */
export const LIMITS = { title: 300, standfirst: 1000, paragraph: 10_000, paragraphs: 200 } as const;
