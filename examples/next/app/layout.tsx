import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// No favicon request (a 404 in the console): the page names an empty icon.
export const metadata: Metadata = { title: 'egov-widgets in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fa" dir="rtl">
      <body>{children}</body>
    </html>
  );
}
