import type { ReactNode } from 'react';

/** A titled section of an entity page, labelled by its heading. */
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2
        id={`${id}-heading`}
        className="mb-3 border-b border-black/10 pb-1 text-xl font-bold dark:border-white/15"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
