import { z } from 'zod';
import { first } from '../http/form-values';

/**
 * The query of the article list, validated at the edge. Anything malformed maps to the nearest
 * sensible request instead of an error: a bad page number becomes page 1, an out-of-range one the
 * last page (decided once the page count is known), an empty event filter no filter.
 */
const schema = z.object({
  page: z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .catch(1)
    .default(1),
  event: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(120)
    .nullable()
    .catch(null)
    .default(null),
});

export type ListQuery = { page: number; event: string | null };

export function parseListQuery(
  raw: Record<string, string | string[] | undefined>,
): ListQuery & { canonical: boolean } {
  const input = { page: first(raw.page), event: first(raw.event) || undefined };
  const parsed = schema.parse(input);
  // Unknown parameters are ignored; the request is canonical only if nothing had to change.
  const known = Object.keys(raw).every((k) => k === 'page' || k === 'event');
  const canonical =
    known &&
    !Array.isArray(raw.page) &&
    !Array.isArray(raw.event) &&
    (input.page === undefined ? true : input.page === String(parsed.page) && parsed.page > 1) &&
    (input.event === undefined ? true : input.event === parsed.event);
  return { ...parsed, canonical };
}

/** The canonical query string of a list request. */
export function listQueryString({ page, event }: ListQuery): string {
  const params = new URLSearchParams();
  if (event) params.set('event', event);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
