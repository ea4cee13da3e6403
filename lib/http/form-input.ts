/**
 * A write's input as a form posts it: the fields its schema reads, with the closed choices (a
 * language, a role, a workflow step …) as plain strings. The write's own zod schema decides whether
 * a value is one of its choices; callers never cast a posted string to a union to get past the
 * compiler.
 */
export type Posted<T, K extends keyof T> = Omit<T, K> & {
  [P in K]: undefined extends T[P] ? string | undefined : string;
};
