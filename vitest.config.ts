import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

// Unit tests of rules/ run in node so a rule touching the DOM fails; page-reading and UI tests get jsdom.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/fixtures/**/*.test.ts', 'tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
          // WXT's content-script context reads import.meta.env, which only modules Vite transforms have.
          server: { deps: { inline: ['wxt'] } },
          // Saved pages of 0.5–1.5 MB take seconds to parse in jsdom on a busy 2-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
