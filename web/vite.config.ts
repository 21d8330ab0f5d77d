import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The console is built into `web/dist` and served by Vigil itself at `/`. Assets carry content
 * hashes (cached for a year); the service worker is built beside them under a fixed name, since
 * its address is what the browser registers.
 */
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    manifest: true,
    // Source maps stay out of what Vigil serves; the bundle budget counts what the browser gets.
    sourcemap: false,
    // Mantine and React make one large vendor chunk; the budget that matters is checked by scripts/build-console.ts.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: { main: here('index.html'), sw: here('src/sw/service-worker.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    // `npm run dev:web`: the console with hot reload against a Vigil on :8080.
    proxy: { '/api': 'http://127.0.0.1:8080', '/v2': 'http://127.0.0.1:8080' },
  },
});
