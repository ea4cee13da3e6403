import type { ArticleSlot } from '@/lib/data/types';

export function Paragraph({ id, kind, text }: { id?: string; kind: ArticleSlot['kind']; text: string }) {
  if (kind === 'heading')
    return (
      <h2 id={id} className="text-xl font-bold">
        {text}
      </h2>
    );
  if (kind === 'quote')
    return (
      <blockquote id={id} className="border-l-4 border-accent pl-4">
        {text}
      </blockquote>
    );
  return <p id={id}>{text}</p>;
}
