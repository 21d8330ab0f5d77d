import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The console is built into `web/dist` and served by Vigil itself at `/`. Assets carry content
 * hashes (cached for a year); the service worker is built beside them under a fixed name, since
 * its address is what the browser registers.
 */
/**
 * The incidents list is where most visits land, and its code is only asked for once the entry
 * script has run. Preloading it (and the chunks it imports) from the page lets the browser fetch
 * and compile it while the entry is still being compiled.
 */
function preloadLandingPage(moduleSuffix: string): Plugin {
  return {
    name: 'vigil-preload-landing-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const landing = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix));
        if (!landing) throw new Error(`the landing page ${moduleSuffix} is not a chunk of its own`);
        const entry = context.chunk;
        const already = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // The landing chunk and everything it imports, but what the entry already brings.
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          if (already.has(fileName) || scripts.has(fileName)) return;
          scripts.add(fileName);
          const chunk = byFile.get(fileName);
          for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(landing.fileName);
        return [
          ...[...scripts].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
          ...[...styles].map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [react(), preloadLandingPage('/src/incidents/IncidentsPage.tsx')],
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
