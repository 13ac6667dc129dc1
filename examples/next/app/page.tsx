/**
 * A Server Component page. The React wrappers are client components (`egov-widgets/react.js`
 * starts with 'use client'), so a server component renders them as they are; the provider
 * writes its `api-base` into the server's HTML, and the widgets, upgraded before React
 * hydrates them, ask that base and no other.
 */
import { EgovProvider } from 'egov-widgets/react.js';
import { Widgets } from './widgets';

export default function Page() {
  return (
    <EgovProvider apiBase="/egov-api" headingLevel={2}>
      <Widgets />
    </EgovProvider>
  );
}
