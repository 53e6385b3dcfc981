import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import werkzaam from './eslint/werkzaam-rules.js';

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/content/fixtures/', 'scripts/bench/peer/.astro/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // The boundaries between rooms and no import cycles (README, "Boundaries").
    files: ['src/**/*.{ts,tsx,astro}'],
    plugins: { werkzaam },
    rules: { 'werkzaam/rooms': 'error', 'werkzaam/no-cycle': 'error' },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'eslint/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
];
