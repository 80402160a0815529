import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  // The browser build only: msw's cookie jar without tough-cookie (see mocks/no-cookie-jar.ts).
  // Vitest runs msw/node, which keeps the real one.
  resolve: process.env.VITEST ? {} : { alias: { 'tough-cookie': fileURLToPath(new URL('./mocks/no-cookie-jar.ts', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'mocks/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // Files share a worker's module graph instead of importing it afresh each: on two cores that is
    // 50 s instead of 135 s. It holds because nothing keeps state in a module between tests (the
    // engine is pure; stores and mocks are created per test), and the whole suite runs this way.
    isolate: false,
  },
});
