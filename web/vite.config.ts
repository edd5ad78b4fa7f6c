/** Vite build of the explorer: root web/, output dist/web/ (served by the server at /), /graphql proxied in dev. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { chinaMapPlugin } from './map-data/map-data-plugin';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: './',
  plugins: [chinaMapPlugin({ cacheDir: fileURLToPath(new URL('../node_modules/.cache/china-map', import.meta.url)) })],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
