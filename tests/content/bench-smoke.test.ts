/**
 * The benchmark's generator at a small size (300 entries), so it cannot rot
 * between benchmark runs: its content must pass the build's checks, every
 * entry must get its page, and no page may outgrow the page budget. It also
 * keeps the bounded payloads bounded (issue #25): what /intervisie/ and the
 * session builder fetch is one small file per dilemma or entry, never a list
 * of everything, so these bytes stay the same at 10,000 entries.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../scripts/bench/generate.mjs';
import { measureDist } from '../../scripts/bench/measure.mjs';
import { INLINE_LIMIT } from '../../src/knowledge/paginate';

interface Weighed {
  path: string;
  gzip: number;
}

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
    const dist = measureDist(out) as {
      pages: number;
      largest: Weighed;
      largestPayload: Weighed;
      byPath: Record<string, number>;
    };
    expect(dist.pages).toBeGreaterThan(entries);
    expect(dist.largest.gzip, dist.largest.path).toBeLessThan(100 * 1024);

    // One dilemma or one entry per file: a list of all 300 entries (the old
    // /sessie/entries.json) weighed about 30 KB gzip here, a single entry under 2 KB.
    expect(dist.largestPayload.gzip, dist.largestPayload.path).toBeLessThan(6 * 1024);
    expect(existsSync(join(out, 'sessie/entries.json'))).toBe(false);
    // The chooser carries titles only, at most a page's worth per werkkaart; with
    // every dilemma's full data inline (as before) it grew by about 0.8 KB per dilemma.
    expect(dist.byPath['/intervisie/']).toBeLessThan(24 * 1024);
    const chooser = readFileSync(join(out, 'intervisie/index.html'), 'utf8');
    expect(chooser).not.toContain('questions');
    const radios = chooser.match(/name="dilemma"/g)?.length ?? 0;
    expect(radios).toBeGreaterThan(0);
    expect(radios).toBeLessThanOrEqual(INLINE_LIMIT * 7);
  });
});
