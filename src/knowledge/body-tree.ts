/**
 * Parses an entry's body with the same Markdown/MDX parser the build uses
 * (Sätteri, Astro's default), so the safety check and the link parser see
 * exactly the links, tags and expressions the page will be made of — a link
 * inside `code` is no link, a reference-style link is one.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

export type BodyFormat = 'mdx' | 'md';

export interface Point {
  line: number;
  column: number;
}

/** The parts of an mdast node the checks read; every node type fits. */
export interface BodyNode {
  type: string;
  position?: { start: Point } | undefined;
  children?: BodyNode[];
  value?: unknown;
  url?: string;
  name?: string | null;
  identifier?: string;
  attributes?: JsxAttribute[];
  depth?: number;
}

export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

export function formatOf(filePath: string | undefined): BodyFormat {
  return filePath?.endsWith('.md') ? 'md' : 'mdx';
}

export function parseBody(source: string, format: BodyFormat): BodyNode {
  return (format === 'md' ? markdownToMdast(source) : mdxToMdast(source)) as unknown as BodyNode;
}

/** Every node of the tree, depth first, in document order. */
export function* walk(node: BodyNode): Generator<BodyNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export function lineOf(node: BodyNode): Point {
  return node.position?.start ?? { line: 1, column: 1 };
}

/** Plain text of a node, as a heading's slug is made from it. */
export function textOf(node: BodyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

export interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: { name: string; value: string | null }[];
  /** Line within the HTML node (0 for its first line). */
  lineOffset: number;
}

/**
 * The tags in a raw HTML node of a plain Markdown (.md) file, where the parser
 * keeps HTML as text. Comments are skipped; attribute values are unquoted.
 */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const match of withoutComments.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes: HtmlTag['attributes'] = [];
    for (const attr of (match[3] ?? '').matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g,
    )) {
      const raw = attr[2];
      attributes.push({
        name: attr[1]!,
        value: raw === undefined ? null : raw.replace(/^["']|["']$/g, ''),
      });
    }
    tags.push({
      name: match[2]!,
      closing: match[1] === '/',
      attributes,
      lineOffset: withoutComments.slice(0, match.index).split('\n').length - 1,
    });
  }
  return tags;
}

/**
 * The file with its frontmatter replaced by empty lines, as Astro's MDX
 * pipeline compiles it: line numbers in the body stay the file's own.
 */
export function blankFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  return match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
}

/** The file line (1-based) on which a body taken out of `fileText` starts. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = body ? fileText.lastIndexOf(body) : -1;
  return at < 0 ? 1 : fileText.slice(0, at).split('\n').length;
}
