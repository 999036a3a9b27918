/**
 * Builds the single-page app into dist/ (served by packages/server) with a manifest that
 * scripts/check-bundle.mjs reads. `vite` alone serves it for development, forwarding the API
 * to a running server (EFILE_API_URL, default http://localhost:8080).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { schemaValidators } from './vite/schemaValidators.ts';

const api = process.env.EFILE_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), schemaValidators({ validateProcessUpdate: 'process-update.schema.json' })],
  build: {
    manifest: true,
    target: 'es2022',
    // bpmn-js is large by nature; it lives in chunks loaded only by the pages that show diagrams.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': api, '/healthz': api },
  },
});
