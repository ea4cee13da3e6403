import { notFound } from 'next/navigation';
import { kindPages } from '@/components/pages/kind-pages';
import { kindOfSegment } from '@/lib/model/kinds';

// The section of each kind of page (/zh/people, /en/cities …), as components/pages/kind-pages.tsx
// declares it; any other segment is not found. Rendered on the first request, then cached.
type Props = { params: Promise<{ locale: string; section: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props) {
  const kind = kindOfSegment((await props.params).section);
  return kind ? kindPages[kind].section.generateMetadata(props) : {};
}

export default async function Page(props: Props) {
  const kind = kindOfSegment((await props.params).section);
  if (!kind) notFound();
  return kindPages[kind].section.Page(props);
}
