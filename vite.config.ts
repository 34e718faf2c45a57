import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { dataWatchPlugin } from './scripts/vite-data-watch.ts';

// Relative base: the built app can be served from any sub-path (briefing laptops, intranet shares).
export default defineConfig({
  base: './',
  plugins: [react(), dataWatchPlugin()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
