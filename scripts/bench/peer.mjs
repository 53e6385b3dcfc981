// The peer of `npm run bench -- --peer`: Starlight (scripts/bench/peer/), built
// with the same generated entries as Werkzaam's benchmark build — each entry's
// title, description (its summary; a quote's context) and body — and a sidebar
// of ten links. Starlight is installed on demand into scripts/bench/peer/ with
// npm, never into the site's own dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const PEER_DIR = resolve(import.meta.dirname, 'peer');

/** Installs the peer's pinned packages into its own folder, once. */
export function ensurePeer() {
  if (existsSync(join(PEER_DIR, 'node_modules/@astrojs/starlight'))) return;
  console.log('Installing Starlight for the peer benchmark into scripts/bench/peer/ …');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEER_DIR], {
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error('Could not install the peer benchmark (npm install in scripts/bench/peer/).');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Writes Werkzaam's generated content folder as Starlight pages into `docs`:
 * one Markdown page per entry. Returns the sidebar (ten links) and the count.
 */
export function writePeerContent(content, docs) {
  let count = 0;
  const sidebar = [];
  for (const collection of readdirSync(content).sort()) {
    const folder = join(content, collection);
    mkdirSync(join(docs, collection), { recursive: true });
    for (const file of readdirSync(folder).sort()) {
      const text = readFileSync(join(folder, file), 'utf8');
      const id = file.replace(/\.[^.]+$/, '');
      let title;
      let description;
      let body;
      if (file.endsWith('.yaml')) {
        const data = parse(text) ?? {};
        title = String(data.title ?? data.text ?? id)
          .split(/\s+/)
          .slice(0, 8)
          .join(' ');
        description = String(data.summary ?? data.context ?? '');
        body = String(data.text ?? '');
      } else {
        const match = FRONTMATTER.exec(text);
        const data = (match ? parse(match[1]) : {}) ?? {};
        title = String(data.title ?? id);
        description = String(data.summary ?? '');
        body = match ? text.slice(match[0].length) : text;
      }
      writeFileSync(
        join(docs, collection, `${id}.md`),
        `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${body.trim()}\n`,
      );
      if (sidebar.length < 10 && count % 97 === 0)
        sidebar.push({ label: title, link: `/${collection}/${id}/` });
      count++;
    }
  }
  return { count, sidebar };
}

/** The environment and command of one Starlight build over `docs` into `out`. */
export function peerBuild(docs, out, cache, sidebar) {
  return {
    command: join(PEER_DIR, 'node_modules/.bin/astro'),
    args: ['build'],
    cwd: PEER_DIR,
    env: {
      PEER_CONTENT_DIR: docs,
      PEER_OUT_DIR: out,
      PEER_CACHE_DIR: cache,
      PEER_SIDEBAR: JSON.stringify(sidebar),
    },
  };
}
