import { defineConfig } from 'vitest/config';

// The content tests build small fixture sites with Astro: slow, so separate,
// and one at a time so they do not fight over the CPU.
export default defineConfig({
  test: {
    include: ['tests/content/**/*.test.ts'],
    testTimeout: 180_000,
    fileParallelism: false,
  },
});
