/**
 * Reading what a request carries, written once: a query parameter that may come several times
 * (`?page=2&page=3` reads as its first value), and a form field that may be missing or a file
 * (read as '' — validation at the edge then says what is wrong with it).
 */

/** The first value of a query parameter as Next hands it over (string, string[] or nothing). */
export const first = <T>(value: T | T[] | undefined): T | undefined =>
  Array.isArray(value) ? value[0] : value;

/** A form field's text: '' when it is missing or not text. */
export const str = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};
