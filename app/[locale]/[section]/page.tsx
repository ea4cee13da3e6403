import { notFound } from 'next/navigation';
import { kindPages } from '@/components/pages/kind-pages';
import { kindOfSegment } from '@/lib/model/kinds';

// The section of each kind of page (/zh/people, /en/cities …), as components/pages/kind-pages.tsx
// declares it; any other segment is not found. Its pages are addressed by keyset in the query
// string (?after=<id>), so it renders per request, from the data cache and the page caches.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; section: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props) {
  const kind = kindOfSegment((await props.params).section);
  return kind ? kindPages[kind].section.generateMetadata(props) : {};
}

export default async function Page(props: Props) {
  const kind = kindOfSegment((await props.params).section);
  if (!kind) notFound();
  return kindPages[kind].section.Page(props);
}
