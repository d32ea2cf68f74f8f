import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Served by the API under /console (apps/api/src/console.ts); Vite 8 compiles TSX itself (oxc).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)), emptyOutDir: true, sourcemap: true },
});
