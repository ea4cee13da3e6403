/** Previous / "page N of M" / next, as plain links; nothing when there is one page. */
export function Pagination({
  label,
  page,
  count,
  href,
  texts,
}: {
  /** the navigation landmark's name */
  label: string;
  page: number;
  count: number;
  href: (page: number) => string;
  texts: { previous: string; next: string; pageOf: string };
}) {
  if (count <= 1) return null;
  return (
    <nav aria-label={label} className="mt-10 flex items-center justify-between text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="underline">
          {texts.previous}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{texts.pageOf}</span>
      {page < count ? (
        <a href={href(page + 1)} rel="next" className="underline">
          {texts.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
