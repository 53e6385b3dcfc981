/**
 * What a content author sees when a content file is wrong. Each case copies the
 * small valid fixture site, breaks one file, builds it as `npm run build` does,
 * and checks the message and that no partial site was left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(import.meta.dirname, 'fixtures/valid');
const work = mkdtempSync(join(tmpdir(), 'werkzaam-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, breakIt: (dir: string) => void) {
  const dir = join(work, name);
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const out = join(dir, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      WERKZAAM_CONTENT_DIR: join(dir, 'content'),
      WERKZAAM_OUT_DIR: out,
      WERKZAAM_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, published: existsSync(out) };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
}

describe('building content', () => {
  it('succeeds for valid content and publishes the site', () => {
    const { status, published, output } = buildWith('valid', () => {});
    expect(output).not.toContain('Content check failed');
    expect(status).toBe(0);
    expect(published).toBe(true);
  });

  it('fails on a missing required field, naming the entry and the field', () => {
    const { status, output, published } = buildWith('missing-field', (dir) =>
      edit(join(dir, 'elementen/luisteren.mdx'), /^summary: .*\n/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('elementen → luisteren');
    expect(output).toContain('summary');
    expect(output).toContain('Required: summary');
    expect(published).toBe(false);
  });

  it('fails on a wrong enum value and lists the values that are allowed', () => {
    const { status, output, published } = buildWith('wrong-enum', (dir) =>
      edit(join(dir, 'elementen/grenzen.mdx'), 'factor: professional', 'factor: hulpverlener'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('elementen → grenzen');
    expect(output).toContain('factor');
    expect(output).toContain('"hulpverlener" is not allowed here. Use one of: client, interactie, professional.');
    expect(published).toBe(false);
  });

  it('fails on a reference to an entry that does not exist, naming file, field and id', () => {
    const { status, output, published } = buildWith('dangling', (dir) =>
      edit(join(dir, 'dilemmas/flexibel.mdx'), 'element: grenzen', 'element: grensen'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('dilemmas/flexibel.mdx');
    expect(output).toContain('field "poleB.element" links to "grensen" in elementen');
    expect(output).toContain('Did you mean "grenzen"?');
    expect(published).toBe(false);
  });

  it('fails on a broken link inside an MDX body', () => {
    const { status, output } = buildWith('body-link', (dir) =>
      edit(join(dir, 'elementen/luisteren.mdx'), '/elementen/grenzen/', '/elementen/grens/'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('elementen/luisteren.mdx');
    expect(output).toContain('field "body" links to "grens"');
  });

  it('fails on two files with the same id, naming both files', () => {
    const { status, output, published } = buildWith('duplicate', (dir) =>
      writeFileSync(join(dir, 'elementen/grenzen.md'), readFileSync(join(dir, 'elementen/grenzen.mdx'))),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Duplicate id "grenzen"');
    expect(output).toContain('elementen/grenzen.md');
    expect(output).toContain('elementen/grenzen.mdx');
    expect(published).toBe(false);
  });

  it('fails on malformed MDX, naming the file', () => {
    const { status, output, published } = buildWith('malformed-mdx', (dir) =>
      edit(join(dir, 'elementen/grenzen.mdx'), 'Tekst.', 'Tekst met <ongesloten tag en {kapot.'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('grenzen.mdx');
    expect(published).toBe(false);
  });

  it('fails on a dilemma with only one pole', () => {
    const { status, output } = buildWith('one-pole', (dir) =>
      edit(join(dir, 'dilemmas/flexibel.mdx'), /poleB:\n( {2}.*\n)+/, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('dilemmas → flexibel');
    expect(output).toContain('poleB');
  });
});
