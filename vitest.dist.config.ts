import { defineConfig } from 'vitest/config';

// Checks on the built site in dist/; run after the build.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
  },
});
