/**
 * Two builds of the same content must give byte-identical pages: a changed
 * byte then always means changed content, and caches and diffs stay honest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(import.meta.dirname, 'fixtures/valid');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-twice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string): string {
  const out = join(work, name, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      WERKZAAM_CONTENT_DIR: fixture,
      WERKZAAM_OUT_DIR: out,
      // A cache of its own, so the second build cannot reuse the first one's work.
      WERKZAAM_CACHE_DIR: join(work, name, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

function htmlFiles(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return new Map(files.sort().map((f) => [relative(dir, join(dir, f)), readFileSync(join(dir, f), 'utf8')]));
}

describe('building twice', () => {
  it('gives byte-identical HTML for every page', () => {
    const first = htmlFiles(build('first'));
    const second = htmlFiles(build('second'));
    expect(first.size).toBeGreaterThan(10);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, html]) => second.get(file) !== html).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
