/**
 * What an author reads when a content file cannot be used: the file (and line
 * where there is one), what is wrong in plain words, and what to do. Covers the
 * steps before Astro sees the data — the encoding, the YAML, the fields — so no
 * message carries Astro's markup (`****:`) or names a field twice.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { nearest } from './did-you-mean';

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  message: string;
}

export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing was published.`,
    ...problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}\n    ${p.message}`),
  ].join('\n');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file, or undefined when its bytes are not UTF-8 (e.g. Latin-1 from an old editor). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The line of the first character that is not UTF-8. */
export function firstNonUtf8Line(bytes: Uint8Array): number {
  // A newline byte never occurs inside a UTF-8 character, so lines can be tried one by one.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    if (decodeUtf8(bytes.subarray(start, i)) === undefined) return line;
    start = i + 1;
    line++;
  }
  return 1;
}

export function notUtf8(file: string, bytes: Uint8Array): ContentProblem {
  return {
    file,
    line: firstNonUtf8Line(bytes),
    message:
      'The file is not UTF-8; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8). ' +
      'This line has the first character in another encoding.',
  };
}

/** The frontmatter of an MDX/Markdown file and the file line it starts on. */
export function frontmatterOf(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}

export interface ParsedYaml {
  source: string;
  doc: Document;
  lines: LineCounter;
  firstLine: number;
}

export function parseYaml(yaml: string, firstLine = 1): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { source: yaml, doc, lines, firstLine };
}

/** Plain words for YAML's error codes; the parser's own text is for programmers. */
const YAML_EXPLANATIONS: Readonly<Record<string, string>> = {
  MISSING_CHAR:
    'A quote or bracket is opened but not closed. Close it on the same line, e.g. text: "…" or list: [a, b].',
  BAD_INDENT:
    'The indentation is off. Indent nested lines with two spaces more than the line above, never with tabs.',
  TAB_AS_INDENT: 'A line is indented with a tab. Use spaces instead.',
  MULTILINE_IMPLICIT_KEY:
    'A field seems to continue on the next line. Put quotes around a long text, or check the indentation.',
  DUPLICATE_KEY: 'The same field is written twice. Keep one of them.',
  BLOCK_AS_IMPLICIT_KEY: 'A field name is missing its colon, or a line is indented too far.',
  UNEXPECTED_TOKEN:
    'There is a character YAML does not expect here. Put quotes around text that contains a colon, # or brackets.',
  BAD_SCALAR_START:
    'A value starts with a character YAML reserves (such as @, ` or %). Put quotes around the value.',
  BAD_DIRECTIVE: 'A line starts with %, which YAML reads as an instruction. Put quotes around the value.',
};

export function yamlProblems(file: string, parsed: ParsedYaml): ContentProblem[] {
  return parsed.doc.errors.map((error) => {
    // The parser notices an unclosed quote or bracket where the text ends; the author needs the line it opens on.
    const opened = error.code === 'MISSING_CHAR' ? unclosedLine(parsed.source) : undefined;
    const at = opened ?? parsed.lines.linePos(error.pos[0]).line;
    const explanation =
      YAML_EXPLANATIONS[error.code] ?? `The YAML cannot be read: ${error.message.split('\n')[0]}.`;
    return { file, line: at + parsed.firstLine - 1, message: `The YAML cannot be read. ${explanation}` };
  });
}

/** The first line (1-based) with a quote or bracket that is not closed on it. */
function unclosedLine(yaml: string): number | undefined {
  const lines = yaml.split('\n');
  for (const [i, line] of lines.entries()) {
    const text = line.replace(/\\./g, '').replace(/(^|\s)#.*$/, '');
    const count = (c: string) => text.split(c).length - 1;
    if (count('"') % 2 === 1 || (/^\s*[\w.-]+:\s*'/.test(text) && count("'") % 2 === 1)) return i + 1;
    if (count('[') > count(']') || count('{') > count('}')) return i + 1;
  }
  return undefined;
}

/** A validation issue as Zod reports it (with `reportInput`). */
export interface FieldIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  keys?: readonly string[];
}

/**
 * Per-parse error messages for Zod: an unknown field gets a did-you-mean from
 * the fields its object allows. Other messages come from the schema.
 */
export function fieldErrorMessage(issue: {
  code?: string;
  keys?: readonly string[];
  inst?: unknown;
}): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  const known = Object.keys(shape ?? {});
  return (issue.keys ?? [])
    .map((key) => {
      const hint = nearest(key, known);
      return hint
        ? `Did you mean "${hint}"? Rename the field, or remove it.`
        : `Remove it; the fields allowed here are: ${known.join(', ')}.`;
    })
    .join('\n');
}

/** Where an author reads what the fields of this file's collection mean: its folder names the collection. */
function schemaFileOf(file: string): string {
  const folder = /([a-z]+)\/[^/]+\.(?:mdx|yaml)$/.exec(file)?.[1];
  return folder ? `src/knowledge/schema/${folder}.ts` : 'src/knowledge/schema/';
}

export function fieldProblems(
  file: string,
  issues: readonly FieldIssue[],
  parsed?: ParsedYaml,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const advice = issue.message.split('\n');
      (issue.keys ?? []).forEach((key, i) => {
        problems.push({
          file,
          line: lineOf(parsed, path, key),
          message: `Unknown field "${[...path, key].join('.')}". ${advice[i] ?? advice[0] ?? ''}`.trim(),
        });
      });
      continue;
    }
    const name = path.join('.');
    if (issue.input === undefined && name && issue.code !== 'custom') {
      problems.push({
        file,
        line: lineOf(parsed, path.slice(0, -1)),
        message: `Required: ${name}. Add it; what it means is described in ${schemaFileOf(file)}.`,
      });
      continue;
    }
    problems.push({
      file,
      line: lineOf(parsed, path),
      message: name ? `${name}: ${issue.message}` : issue.message,
    });
  }
  return problems;
}

/** The file line of a field (or of `key` inside it); undefined for the document itself. */
function lineOf(parsed: ParsedYaml | undefined, path: readonly string[], key?: string): number | undefined {
  if (!parsed || (path.length === 0 && key === undefined)) return undefined;
  let node: unknown = parsed.doc.contents;
  let keyNode: Node | undefined;
  for (const step of key === undefined ? path : [...path, key]) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) return undefined;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node)
      ? node.items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === step)
      : items[Number(step)];
    if (!next) return undefined;
    if (isPair(next)) {
      keyNode = next.key as Node;
      node = next.value;
    } else {
      keyNode = next as Node;
      node = next;
    }
  }
  const offset = keyNode?.range?.[0];
  return offset === undefined ? undefined : parsed.lines.linePos(offset).line + parsed.firstLine - 1;
}
