/**
 * The benchmark's generator at a small size (300 entries), so it cannot rot
 * between benchmark runs: its content must pass the build's checks, every
 * entry must get its page, and no page may outgrow the page budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../scripts/bench/generate.mjs';
import { measureDist } from '../../scripts/bench/measure.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the benchmark generator', () => {
  it('makes 300 valid entries that build into a site with its search index and light pages', () => {
    const content = join(work, 'content');
    const counts = generateSite(content, 300) as Record<string, number>;
    const again = generateSite(join(work, 'again'), 300) as Record<string, number>;
    expect(again).toEqual(counts);
    const out = join(work, 'dist');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        WERKZAAM_CONTENT_DIR: content,
        WERKZAAM_OUT_DIR: out,
        WERKZAAM_CACHE_DIR: join(work, 'cache'),
      },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    const entries = Object.values(counts).reduce((a, b) => a + b, 0);
    const dist = measureDist(out) as { pages: number; largest: { path: string; gzip: number } };
    expect(dist.pages).toBeGreaterThan(entries);
    expect(dist.largest.gzip, dist.largest.path).toBeLessThan(100 * 1024);
  });
});
