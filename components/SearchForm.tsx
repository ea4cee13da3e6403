/**
 * The search form: a plain GET to /{locale}/search, so searching needs no JavaScript. Compact in
 * the site header (the screen's width on a phone); full width on the search page, where it keeps
 * the query and the filters.
 */
export function SearchForm({
  action,
  name,
  label,
  submit,
  compact = false,
  value,
  hidden = {},
}: {
  action: string;
  /** the search landmark's name */
  name: string;
  /** the field's label (also its placeholder) */
  label: string;
  submit: string;
  compact?: boolean;
  value?: string;
  /** filters carried into a new search */
  hidden?: Record<string, string | undefined>;
}) {
  const id = compact ? 'site-search' : 'search-q';
  return (
    <form
      role="search"
      aria-label={name}
      action={action}
      className={compact ? 'flex w-full sm:w-auto' : 'mt-4 flex gap-2'}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={value}
        enterKeyHint="search"
        placeholder={label}
        className={
          compact
            ? 'min-w-0 flex-1 rounded-l border sm:w-48 sm:flex-none border-black/25 bg-transparent px-2 py-1 text-sm dark:border-white/30'
            : 'min-w-0 flex-1 rounded border border-black/25 bg-transparent px-3 py-2 dark:border-white/30'
        }
      />
      {Object.entries(hidden).map(([key, v]) => v && <input key={key} type="hidden" name={key} value={v} />)}
      <button
        type="submit"
        className={
          compact
            ? 'rounded-r bg-accent px-3 py-1 text-sm font-semibold text-paper'
            : 'rounded bg-accent px-4 py-2 font-semibold text-paper'
        }
      >
        {submit}
      </button>
    </form>
  );
}
