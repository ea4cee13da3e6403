import { z } from 'zod';

/**
 * A write's input as a form posts it: the fields its schema reads, with the closed choices (a
 * language, a role, a workflow step …) as plain strings. The write's own zod schema decides whether
 * a value is one of its choices; callers never cast a posted string to a union to get past the
 * compiler.
 */
export type Posted<T, K extends keyof T> = Omit<T, K> & {
  [P in K]: undefined extends T[P] ? string | undefined : string;
};

/**
 * Characters no editor types and no field keeps: NUL and the other C0 controls but tab, line feed
 * and carriage return (a textarea posts CRLF), DEL, and the C1 controls. PostgreSQL refuses NUL in
 * text outright, so one reaching a query is a 500; the others are invisible in the page.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/**
 * In a line of text (a headline, a name, an address) also line breaks and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): an override makes a displayed
 * title read differently from its text. The marks LRM/RLM/ALM stay: they change nothing but
 * neutral punctuation next to them.
 */
const LINE_ONLY = /[\n\r\u202A-\u202E\u2066-\u2069]/u;

/** The text with every character `hasControlCharacters` names as a space (a reader's search). */
export const withoutControls = (value: string): string =>
  value.replace(new RegExp(`${CONTROL.source}|${LINE_ONLY.source}`, 'gu'), ' ');

/** The message of a refusal by `noControls`, so a form can say why rather than only where. */
export const CONTROL_MESSAGE = 'controlCharacters';

export const hasControlCharacters = (value: string, line = true): boolean =>
  CONTROL.test(value) || (line && LINE_ONLY.test(value));

/** A string field of one line, refused (with CONTROL_MESSAGE) when it holds what `hasControlCharacters` names. */
export const lineText = () =>
  z.string().refine((v) => !hasControlCharacters(v, true), { message: CONTROL_MESSAGE });
/** A list one item per line (names, credits): line breaks allowed, bidi controls not. */
export const linesText = () =>
  z
    .string()
    .refine((v) => !hasControlCharacters(v.replace(/\r?\n/g, ' '), true), { message: CONTROL_MESSAGE });
/** A string field of several lines (a paragraph, a release, a list of names one per line). */
export const blockText = () =>
  z.string().refine((v) => !hasControlCharacters(v, false), { message: CONTROL_MESSAGE });

/** Whether a failed parse refused a field for its control characters. */
export const refusedControls = (error: { issues: Array<{ message: string }> }): boolean =>
  error.issues.some((i) => i.message === CONTROL_MESSAGE);
