/**
 * Every built page is valid HTML (html-validate, rules in .htmlvalidate.json):
 * screen readers and browsers get what we meant, on every page, not only on
 * the ones the browser tests open.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');

function pages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dist, f));
}

/**
 * Astro writes `<style>astro-island,astro-slot,…{display:contents}</style>` next
 * to the first island of a page when the island sits deeper in the page than
 * its head; browsers apply it anywhere, and it is not ours to move. Only that
 * one element is let through.
 */
function isAstroIslandStyle(m: Message): boolean {
  return m.ruleId === 'element-permitted-content' && /> style$/.test(m.selector ?? '') && /<style>/.test(m.message);
}

describe('the built HTML', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = pages();
    expect(files.length).toBeGreaterThan(50);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages as Message[]) {
          if (isAstroIslandStyle(m)) continue;
          errors.push(`${file.slice(dist.length)}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    expect(errors.slice(0, 40), `${errors.length} errors`).toEqual([]);
  }, 120_000);
});
