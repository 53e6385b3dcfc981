/**
 * The intervision mode carries the data of every dilemma and method (so the
 * chosen step renders without a fetch); that weight must stay on /intervisie/
 * and within a budget a phone can load on a home visit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoadAssets, staticImports } from '../support/page-weight';

const dist = resolve(import.meta.dirname, '../../dist');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

function firstLoad(path: string): { bytes: number; assets: string[] } {
  const all = new Set(firstLoadAssets(html(path)));
  const queue = [...all].filter((a) => a.endsWith('.js'));
  while (queue.length > 0) {
    const script = queue.pop()!;
    for (const spec of staticImports(readFileSync(join(dist, script), 'utf8'))) {
      const url = posix.join(posix.dirname(script), spec);
      if (all.has(url)) continue;
      all.add(url);
      queue.push(url);
    }
  }
  const assets = [...all];
  return { bytes: gz(join(dist, path, 'index.html')) + assets.reduce((s, a) => s + gz(join(dist, a)), 0), assets };
}

describe('intervision mode in the built site', () => {
  it('loads /intervisie/ with all dilemmas and methods in 80 KB gzip or less', () => {
    const { bytes } = firstLoad('/intervisie/');
    expect(bytes).toBeLessThan(80 * 1024);
    expect(html('/intervisie/')).toContain('Ouders serieus nemen versus de veiligheid van het kind garanderen');
  });

  it('keeps the intervision island and its data off the dilemma pages, which only link to it', () => {
    const dilemmas = readdirSync(join(dist, 'dilemmas'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(dilemmas.length).toBeGreaterThan(20);
    for (const d of dilemmas) {
      const page = `/dilemmas/${d.name}/`;
      expect(html(page)).toContain(`href="/intervisie/?dilemma=${d.name}"`);
      expect(firstLoad(page).assets.filter((a) => /Intervisie/.test(a))).toEqual([]);
    }
  });

  it('weighs every intervision method page at 30 KB gzip or less, like other content pages', () => {
    const methods = readdirSync(join(dist, 'intervisiemethoden'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    expect(methods.length).toBeGreaterThanOrEqual(4);
    for (const m of methods) expect(firstLoad(`/intervisiemethoden/${m.name}/`).bytes).toBeLessThan(30 * 1024);
  });

  it('writes no style attribute into the server-rendered intervision page (strict CSP)', () => {
    expect(html('/intervisie/')).not.toMatch(/\sstyle="/);
  });
});
