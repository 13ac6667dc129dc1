import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` expects the widgets' API at /api on the same origin: proxy it to yours,
// e.g. server: { proxy: { '/api': 'https://api.example.ir/egov' } }, or set `apiBase` on
// the provider (src/App.tsx).
export default defineConfig({
  plugins: [react()],
});
