/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built app goes where the Go binary embeds it from (internal/webui).
// `npm run dev` serves it with the API proxied to a running server.
const api = process.env.GRASSROOTS_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../internal/webui/dist/app',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/livez': api,
      '/readyz': api,
      '/metrics': api,
      '/export': api,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    globals: true,
    css: false,
    // The suite shares two cores with the Go tests' databases and builds:
    // a first render can take seconds there, which says nothing of the app.
    testTimeout: 20_000,
  },
});
