import type { ReactNode } from 'react';
import './globals.css';

// <html> is rendered by app/[locale]/layout.tsx (its lang depends on the locale) and, for URLs
// outside any locale, by app/not-found.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
