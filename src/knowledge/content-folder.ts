/**
 * A glob loader for one flat folder under content/ that checks every file
 * before Astro uses it, and reports every problem of the folder at once, in
 * plain words, with file and line:
 * - file names (src/knowledge/files.ts): a file Astro would skip, two files
 *   with the same id;
 * - the encoding (UTF-8) and the YAML (src/knowledge/messages.ts);
 * - the body against the content allowlist (src/knowledge/safety.ts), before
 *   anything in it is compiled or run;
 * - the fields against the collection's schema, with a did-you-mean for an
 *   unknown field (the schema is handed over by `withClearMessages`).
 *
 * MDX bodies are rendered here, once, to HTML (src/knowledge/body-render.ts)
 * and stored as the entry's rendered content, so no entry becomes a Vite
 * module. A file whose digest is unchanged since the last build is neither
 * checked nor rendered again: Astro's data store keeps it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { blankFrontmatter } from './body-tree';
import { renderBody } from './body-render';
import { checkContentFiles, idOf } from './files';
import {
  decodeUtf8,
  fieldErrorMessage,
  fieldProblems,
  formatContentProblems,
  frontmatterOf,
  notUtf8,
  parseYaml,
  yamlProblems,
  type ContentProblem,
  type FieldIssue,
} from './messages';
import { checkBodySafety } from './safety';

/** Bump when body-render.ts or previews.ts change what they write, so cached bodies are rendered again. */
const RENDERER_VERSION = 'body-render 1';

/** The error that stops the build; Astro shows its location as the first wrong file. */
function contentError(problems: readonly ContentProblem[]): Error {
  const error = new Error(formatContentProblems(problems)) as Error & { loc?: object };
  const first = problems[0];
  if (first)
    error.loc = {
      file: resolve(CONTENT_DIR, first.file.replace(/^content\//, '')),
      line: first.line ?? 1,
      column: 1,
    };
  return error;
}

/** Where content lives; the content tests point this at a fixture folder. */
export const CONTENT_DIR = process.env['WERKZAAM_CONTENT_DIR'] ?? './content';

/** A content file's path as authors know it: content/<collection>/<file>. */
export function displayPath(filePath: string): string {
  return `content/${relative(resolve(CONTENT_DIR), resolve(filePath)).split('\\').join('/')}`;
}

interface Validator {
  safeParseAsync(
    data: unknown,
    params: { reportInput: boolean; error: typeof fieldErrorMessage },
  ): Promise<{ success: boolean; error?: { issues: FieldIssue[] } }>;
}

const VALIDATE = Symbol('validate with schema');

type ContentFolderLoader = Loader & {
  [VALIDATE]: (schema: unknown) => void;
};

export function contentFolder(collection: string, pattern: '**/*.mdx' | '**/*.yaml'): Loader {
  const base = resolve(CONTENT_DIR, collection);
  const extensions = pattern.endsWith('.mdx') ? ['mdx', 'md'] : ['yaml', 'yml'];
  const isYaml = !pattern.endsWith('.mdx');
  const inner = glob({
    base,
    pattern: `*.{${extensions.join(',')}}`,
    generateId: ({ entry }) => idOf(entry),
  });
  let schema: Validator | undefined;
  const loader: ContentFolderLoader = {
    name: `werkzaam-${collection}`,
    [VALIDATE]: (s) => {
      if (s && typeof s === 'object' && 'safeParseAsync' in s) schema = s as Validator;
    },
    load: async (context: LoaderContext) => {
      let names: string[] = [];
      try {
        names = readdirSync(base);
      } catch {
        // An empty collection has no folder yet; that is fine.
      }
      const folder = `content/${collection}`;
      const problems: ContentProblem[] = checkContentFiles(folder, names, extensions);
      if (problems.length > 0) throw contentError(problems);

      const files: ContentFile[] = [];
      for (const name of names.sort()) {
        if (name.startsWith('.') || name.startsWith('_')) continue;
        const path = resolve(base, name);
        const bytes = readFileSync(path);
        // The renderer's version is part of the digest, and an entry stored without rendered HTML
        // (by the loader before bodies were rendered here) is never taken as unchanged: a cache
        // from older code would otherwise publish empty bodies.
        const digest = context.generateDigest(`${RENDERER_VERSION}\n${bytes.toString('utf8')}`);
        const stored = context.store.get(idOf(name));
        const unchanged = !isYaml && stored?.digest === digest && stored.rendered?.html !== undefined;
        if (!unchanged) problems.push(...(await checkFile(`${folder}/${name}`, path, schema, bytes)));
        files.push({ name, path, bytes, digest, unchanged });
      }
      if (problems.length > 0) throw contentError(problems);
      if (isYaml) await inner.load(context);
      else await storeBodies(context, files);
    },
  };
  if (!isYaml) {
    // Rendered bodies need no module per entry, so the folder is watched here (astro dev).
    const load = loader.load;
    loader.load = async (context) => {
      await load(context);
      context.watcher?.add(base);
      const reload = (path: string) => {
        if (path.startsWith(base))
          load(context).catch((error: unknown) => context.logger.error(String(error)));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', reload);
    };
  }
  return loader;
}

/** Everything that can be wrong inside one content file, in the order an author fixes it. */
async function checkFile(
  file: string,
  path: string,
  schema: Validator | undefined,
  bytes: Buffer = readFileSync(path),
): Promise<ContentProblem[]> {
  const text = decodeUtf8(bytes);
  if (text === undefined) return [notUtf8(file, bytes)];
  const isYaml = !file.endsWith('.md') && !file.endsWith('.mdx');
  const problems: ContentProblem[] = [];
  if (!isYaml) {
    for (const p of checkBodySafety(blankFrontmatter(text), file.endsWith('.md') ? 'md' : 'mdx')) {
      problems.push({ file, line: p.line, message: p.message });
    }
  }
  const frontmatter = isYaml ? { yaml: text, firstLine: 1 } : frontmatterOf(text);
  const parsed = parseYaml(frontmatter?.yaml ?? '', frontmatter?.firstLine ?? 1);
  const yamlErrors = yamlProblems(file, parsed);
  if (yamlErrors.length > 0) return [...yamlErrors, ...problems];
  if (schema) {
    const data: unknown = parsed.doc.toJS() ?? {};
    const result = await schema.safeParseAsync(data, { reportInput: true, error: fieldErrorMessage });
    if (!result.success) problems.unshift(...fieldProblems(file, result.error?.issues ?? [], parsed));
  }
  return problems;
}

interface ContentFile {
  name: string;
  path: string;
  bytes: Buffer;
  digest: string;
  unchanged: boolean;
}

/** The frontmatter block as Astro's MDX pipeline finds it (BOM or blank lines may precede it). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * Stores each checked MDX file with its data, body and rendered HTML, as the
 * glob loader stored them, but rendered here instead of in a module per entry.
 */
async function storeBodies(context: LoaderContext, files: readonly ContentFile[]): Promise<void> {
  const { store } = context;
  const root = fileURLToPath(context.config.root);
  const untouched = new Set(store.keys());
  for (const file of files) {
    const id = idOf(file.name);
    untouched.delete(id);
    if (file.unchanged) continue;
    const text = file.bytes.toString('utf8');
    const match = FRONTMATTER.exec(text);
    const body = match
      ? (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim()
      : text.trim();
    const frontmatter = frontmatterOf(text);
    const data = (parseYaml(frontmatter?.yaml ?? '').doc.toJS() ?? {}) as Record<string, unknown>;
    const parsed = await context.parseData({ id, data, filePath: file.path });
    store.set({
      id,
      data: parsed,
      body,
      filePath: relative(root, file.path).split('\\').join('/'),
      digest: file.digest,
      rendered: renderBody(body, file.name.endsWith('.md') ? 'md' : 'mdx'),
    });
  }
  for (const id of untouched) store.delete(id);
}

/**
 * Hands each collection's schema to its content-folder loader, so field
 * problems are reported with the file's line and plain words.
 */
export function withClearMessages<T extends Record<string, object>>(collections: T): T {
  for (const config of Object.values(collections)) {
    const { loader, schema } = config as { loader?: unknown; schema?: unknown };
    if (loader && typeof loader === 'object' && VALIDATE in loader) {
      (loader as ContentFolderLoader)[VALIDATE](schema);
    }
  }
  return collections;
}
