/**
 * A glob loader for one flat folder under content/ that checks every file
 * before Astro uses it, and reports every problem of the folder at once, in
 * plain words, with file and line:
 * - file names (src/lib/content-files.ts): a file Astro would skip, two files
 *   with the same id;
 * - the encoding (UTF-8) and the YAML (src/lib/content-messages.ts);
 * - the body against the content allowlist (src/lib/content-safety.ts), before
 *   anything in it is compiled or run;
 * - the fields against the collection's schema, with a did-you-mean for an
 *   unknown field (the schema is handed over by `withClearMessages`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { blankFrontmatter } from '../lib/body-tree';
import { checkContentFiles, idOf } from '../lib/content-files';
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
  type ParsedYaml,
} from '../lib/content-messages';
import { checkBodySafety } from '../lib/content-safety';

/** The error that stops the build; Astro shows its location as the first wrong file. */
function contentError(problems: readonly ContentProblem[]): Error {
  const error = new Error(formatContentProblems(problems)) as Error & { loc?: object };
  const first = problems[0];
  if (first) error.loc = { file: resolve(CONTENT_DIR, first.file.replace(/^content\//, '')), line: first.line ?? 1, column: 1 };
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

      const yamlByName = new Map<string, ParsedYaml>();
      for (const name of names.sort()) {
        if (name.startsWith('.') || name.startsWith('_')) continue;
        const file = `${folder}/${name}`;
        const bytes = readFileSync(resolve(base, name));
        const text = decodeUtf8(bytes);
        if (text === undefined) {
          problems.push({ file, message: notUtf8(bytes) });
          continue;
        }
        const isYaml = !name.endsWith('.md') && !name.endsWith('.mdx');
        const frontmatter = isYaml ? { yaml: text, firstLine: 1 } : frontmatterOf(text);
        if (frontmatter) {
          const parsed = parseYaml(frontmatter.yaml, frontmatter.firstLine);
          yamlByName.set(name, parsed);
          problems.push(...yamlProblems(file, parsed));
        }
        if (!isYaml) {
          const format = name.endsWith('.md') ? 'md' : 'mdx';
          for (const p of checkBodySafety(blankFrontmatter(text), format)) {
            problems.push({ file, line: p.line, message: p.message });
          }
        }
      }
      if (problems.length > 0) throw contentError(problems);

      await inner.load(withFieldCheck(context, folder, yamlByName, problems, () => schema));
      if (problems.length > 0) throw contentError(problems);
    },
  };
  return loader;
}

/** Validates each entry with our own messages before handing it to Astro. */
function withFieldCheck(
  context: LoaderContext,
  folder: string,
  yamlByName: ReadonlyMap<string, ParsedYaml>,
  problems: ContentProblem[],
  schema: () => Validator | undefined,
): LoaderContext {
  return {
    ...context,
    parseData: async (props) => {
      const validator = schema();
      if (validator) {
        const name = props.filePath ? basename(props.filePath) : `${props.id}`;
        const result = await validator.safeParseAsync(props.data, { reportInput: true, error: fieldErrorMessage });
        if (!result.success) {
          problems.push(...fieldProblems(`${folder}/${name}`, result.error?.issues ?? [], yamlByName.get(name)));
          // The build fails after the folder is read, so every wrong file is reported at once.
          return props.data;
        }
      }
      return context.parseData(props);
    },
  };
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
