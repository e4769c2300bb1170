import { defineConfig } from 'vite';

// `RT_API_TARGET=http://localhost:8380 npm run preview` serves dist/ with /api proxied to a running stack,
// so the default config.json ({"apiUrl":"/api"}) works same-origin during development.
const apiTarget = process.env.RT_API_TARGET;
const proxy = apiTarget ? { '/api': { target: apiTarget, changeOrigin: true } } : undefined;

export default defineConfig({
  // Relative asset URLs let dist/ be served from any bucket path, not only from the site root.
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{js,jsx}'],
    setupFiles: ['src/testing/setup.js'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
