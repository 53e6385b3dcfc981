import { describe, expect, it } from 'vitest';
import { collectHashes, hashesInPage, renderPolicy } from '../../src/shared/security-policy';

const page = (scripts: string, styles: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scripts}; style-src 'self' ${styles};"></head>`;

describe('the security policy', () => {
  it('allows scripts and styles only from the site itself and by hash, never unsafe-inline', () => {
    const policy = renderPolicy({ scripts: ['sha256-abc='], styles: ['sha256-def='] });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(policy).toContain("style-src 'self' 'sha256-def='");
    expect(policy).not.toContain('unsafe-inline');
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it('forbids framing in the header form, which a <meta> tag cannot do', () => {
    const hashes = { scripts: [], styles: [] };
    expect(renderPolicy(hashes)).toContain("frame-ancestors 'none'");
    expect(renderPolicy(hashes, { header: false })).not.toContain('frame-ancestors');
  });

  it('reads the hashes Astro wrote into a page', () => {
    expect(hashesInPage(page("'sha256-s1=' 'sha256-s2='", "'sha256-c1='"))).toEqual({
      scripts: ['sha256-s1=', 'sha256-s2='],
      styles: ['sha256-c1='],
    });
    expect(hashesInPage('<p>no policy</p>')).toEqual({ scripts: [], styles: [] });
  });

  it('merges the hashes of all pages once each, in a stable order', () => {
    const hashes = collectHashes([page("'sha256-b='", "'sha256-x='"), page("'sha256-a=' 'sha256-b='", '')]);
    expect(renderPolicy(hashes)).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b=';");
    expect(renderPolicy(hashes)).toMatch(/style-src 'self' 'sha256-x='$/);
  });
});
