import { notFound } from 'next/navigation';
import { kindPages } from '@/components/pages/kind-pages';
import { kindOfSegment } from '@/lib/model/kinds';

// The page of each entry of each kind (/zh/people/<id> …), as components/pages/kind-pages.tsx declares
// it; any other segment is not found. Rendered on the first request, then cached.
type Props = { params: Promise<{ locale: string; section: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props) {
  const kind = kindOfSegment((await props.params).section);
  return kind ? kindPages[kind].entry.generateMetadata(props) : {};
}

export default async function Page(props: Props) {
  const kind = kindOfSegment((await props.params).section);
  if (!kind) notFound();
  return kindPages[kind].entry.Page(props);
}
