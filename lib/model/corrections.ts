import { z } from 'zod';

/**
 * Corrections as newspapers print them (docs/decisions/030): what a change to a published version
 * is, as its editor says, and what a printed correction records of what it changed.
 */

/**
 * A correction (a fact changed: a dated note in the version's language is printed) or a minor fix
 * (typo, style: readers are not told).
 */
export const changeKinds = ['correction', 'minor'] as const;
export type ChangeKind = (typeof changeKinds)[number];
export const changeKindSchema = z.enum(changeKinds);

/** One part of a version a correction changed (a paragraph key, "title", "standfirst"), as plain text. */
export type CorrectionChange = { on: string; before: string; after: string };
const changesSchema = z.array(z.object({ on: z.string(), before: z.string(), after: z.string() }));

/** The changes a correction row stores (JSON), or none when they cannot be read. */
export const changesOf = (value: unknown): CorrectionChange[] => {
  const parsed = changesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
};
