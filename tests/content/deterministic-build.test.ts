/**
 * Two builds of the same commit must give byte-identical sites, island pages
 * included: a changed byte then always means changed content, and caches and
 * diffs stay honest. The real site is built twice, from two different folders
 * (as a fresh clone, CI and a teammate's checkout would), each with its own
 * cache, and every file of the output is compared, not only the HTML. Astro's
 * island ids used to hash the component's absolute path
 * (scripts/stable-island-ids.mjs), and a build started by a test runner
 * (NODE_ENV=test) compiled islands in dev mode with absolute source paths
 * (scripts/build.mjs now always builds for production): two builds in one
 * folder, compared on their HTML only, could see neither.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-twice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The checkout's files (committed or not, without what git ignores) in another folder. */
function copyCheckout(to: string): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(root, file), join(to, file));
  }
  symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'), 'dir');
  return to;
}

function build(name: string, checkout: string): string {
  const out = join(work, name, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: checkout,
    encoding: 'utf8',
    env: {
      ...process.env,
      WERKZAAM_CONTENT_DIR: join(checkout, 'content'),
      WERKZAAM_OUT_DIR: out,
      // A cache of its own, so the second build cannot reuse the first one's work.
      WERKZAAM_CACHE_DIR: join(work, name, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

function allFiles(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(dir.length + 1))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
}

describe('building one commit twice, in two folders', () => {
  it('gives a byte-identical site, island pages included', () => {
    const first = allFiles(build('first', root));
    const second = allFiles(build('second', copyCheckout(join(work, 'other-checkout'))));
    expect([...first.keys()].filter((f) => f.endsWith('.html')).length).toBeGreaterThan(400);
    const islandPages = [...first].filter(
      ([f, bytes]) => f.endsWith('.html') && bytes.includes('<astro-island'),
    );
    expect(islandPages.length).toBeGreaterThan(20);
    expect([...second.keys()]).toEqual([...first.keys()]);
    // Nothing the site ships names the folder it was built in.
    expect([...first].filter(([, bytes]) => bytes.includes(root)).map(([f]) => f)).toEqual([]);
    const differing = [...first].filter(([file, bytes]) => !second.get(file)?.equals(bytes)).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
