import type { ReactNode } from 'react';

/** One choice in a row of filters or modes: a plain link, filled when it is the current one. */
export function FilterChip({
  href,
  active,
  children,
}: {
  href: string;
  active: boolean;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`inline-block rounded-full border px-3 py-1 ${active ? 'border-accent bg-accent text-paper' : 'border-black/20 dark:border-white/25'}`}
    >
      {children}
    </a>
  );
}
