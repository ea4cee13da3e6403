import type { ReactNode } from 'react';

export function EventSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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
