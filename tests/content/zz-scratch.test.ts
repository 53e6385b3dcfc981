import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { it } from 'vitest';
import { checkOriginality } from '../../src/lib/fidelity';
const root = resolve(import.meta.dirname, '../..');
it('dump', () => {
  const base = join(root, 'content');
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((n) => /\.(mdx|ya?ml)$/.test(n)).sort().map((n) => ({ path: relative(root, join(base, n)), raw: readFileSync(join(base, n), 'utf8') }));
  const dir = '/work/shared/sources';
  const sources = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const t = performance.now();
  const p = checkOriginality(files, sources);
  const ms = performance.now() - t;
  writeFileSync('/tmp/orig.txt', `${ms.toFixed(0)} ms, ${files.length} files, ${p.length} runs, ${new Set(p.map((x) => x.file)).size} files\n` + p.map((x) => `${x.file} (${x.field}): ${x.message.replace(/ Rewrite.*/, '')}`).join('\n') + '\n');
});
