import { describe, expect, it } from 'vitest';
import { firstLoadAssets, staticImports } from '../support/page-weight';

describe('first-load assets of a page', () => {
  it('lists stylesheets, scripts, preloads and island code, once each', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel="stylesheet">
      <script type="module" src="/_astro/s.js"></script><link rel="modulepreload" href="/_astro/p.js">
      <astro-island component-url="/_astro/Search.js" renderer-url="/_astro/client.js"></astro-island>
      <script type="module" src="/_astro/s.js"></script><link rel="icon" href="/favicon.svg">`;
    expect(firstLoadAssets(html)).toEqual([
      '/_astro/a.css',
      '/_astro/p.js',
      '/_astro/b.css',
      '/_astro/s.js',
      '/_astro/Search.js',
      '/_astro/client.js',
    ]);
  });
});

describe('static imports of a bundled script', () => {
  it('follows import and re-export statements but not dynamic import()', () => {
    const js = `import{h as a}from"./preact.module.js";import"./side.js";export{x}from"./re.js";const l=()=>import("./lazy.js");`;
    expect(staticImports(js)).toEqual(['./preact.module.js', './side.js', './re.js']);
  });
});
