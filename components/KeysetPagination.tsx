import type { Cursor } from '@/lib/model/lists';

/**
 * The pages beside a keyset page (lib/model/lists.ts): newer and older as plain links with `rel`,
 * the same relations as `<link>` elements (React puts them in the document's head), and the newest
 * page when this is not it. Nothing when the list has one page.
 */
export function KeysetPagination({
  label,
  cursor,
  newer,
  older,
  href,
  texts,
}: {
  /** the navigation landmark's name */
  label: string;
  cursor: Cursor;
  newer: Cursor;
  older: Cursor;
  href: (cursor: Cursor) => string;
  texts: { newer: string; older: string; newest: string };
}) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={label} className="mt-10 flex flex-wrap items-center justify-between gap-4 text-sm">
      {newer && <link rel="prev" href={href(newer)} />}
      {older && <link rel="next" href={href(older)} />}
      {newer ? (
        <a href={href(newer)} rel="prev" className="underline">
          {texts.newer}
        </a>
      ) : (
        <span />
      )}
      {cursor && newer && (
        <a href={href(null)} className="underline">
          {texts.newest}
        </a>
      )}
      {older ? (
        <a href={href(older)} rel="next" className="underline">
          {texts.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
