import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import werkzaam from '../../eslint/werkzaam-rules.js';

/** Lints a small project written to a temporary folder with the house rules only. */
async function lint(files: Record<string, string>): Promise<Record<string, string[]>> {
  const root = mkdtempSync(join(tmpdir(), 'werkzaam-lint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: tseslint.parser },
        plugins: { werkzaam },
        rules: { 'werkzaam/rooms': 'error', 'werkzaam/no-cycle': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(Object.keys(files));
  return Object.fromEntries(
    results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => m.message)]),
  );
}

describe('the house rules in lint', () => {
  it('stop a feature from importing another feature', async () => {
    const out = await lint({
      'src/features/sessie/a.ts': "import { b } from '../search/b';\nexport const a = b;\n",
      'src/features/search/b.ts': 'export const b = 1;\n',
    });
    expect(out['src/features/sessie/a.ts']).toEqual([
      expect.stringContaining("A feature may not import another feature's files"),
    ]);
  });

  it('keep the shared rooms free of features, and the knowledge room free of features', async () => {
    const out = await lint({
      'src/shared/kinds.ts': "import { x } from '../features/sessie/x';\nexport const k = x;\n",
      'src/knowledge/graph.ts': "import { x } from '../features/sessie/x';\nexport const g = x;\n",
      'src/features/sessie/x.ts': 'export const x = 1;\n',
    });
    expect(out['src/shared/kinds.ts']).toEqual([expect.stringContaining('src/shared/ is the ground floor')]);
    expect(out['src/knowledge/graph.ts']).toEqual([
      expect.stringContaining('src/knowledge/ imports no feature'),
    ]);
  });

  it('keep build-time code out of islands and page scripts', async () => {
    const out = await lint({
      'src/features/sessie/Builder.tsx':
        "import { k } from '../../knowledge/entries';\nimport { d } from './data.build';\nexport const B = [k, d];\n",
      'src/features/sessie/button.client.ts':
        "import { getCollection } from 'astro:content';\nexport const c = getCollection;\n",
      'src/knowledge/entries.ts': 'export const k = 1;\n',
      'src/features/sessie/data.build.ts':
        "import { k } from '../../knowledge/entries';\nexport const d = k;\n",
    });
    expect(out['src/features/sessie/Builder.tsx']).toHaveLength(2);
    expect(out['src/features/sessie/Builder.tsx']?.[0]).toContain('runs in the browser');
    expect(out['src/features/sessie/button.client.ts']).toEqual([
      expect.stringContaining('runs in the browser'),
    ]);
    // A build step may load the knowledge base.
    expect(out['src/features/sessie/data.build.ts']).toEqual([]);
  });

  it('fail on an import cycle and name the files in it', async () => {
    const out = await lint({
      'src/knowledge/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'src/knowledge/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
      'src/knowledge/c.ts': "import type { A } from './a';\nexport type C = A;\n",
    });
    expect(out['src/knowledge/a.ts']).toEqual([
      'Import cycle: src/knowledge/a.ts → src/knowledge/b.ts → src/knowledge/a.ts. Move what both files need into the lower one (often: the types).',
    ]);
    expect(out['src/knowledge/c.ts']).toEqual([]);
  });
});
