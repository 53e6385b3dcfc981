/**
 * The prose of a content file, field by field, as the fidelity checks read it:
 * every string in the frontmatter (ids and locators are too short to matter) and
 * the MDX body without its markup.
 */
import { parse } from 'yaml';

export interface TextField {
  /** Where the text stands: a frontmatter path such as "poleA.pull", or "body". */
  field: string;
  text: string;
}

/** Split an MDX/Markdown file into its parsed frontmatter and its body. */
export function splitFrontmatter(raw: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!match) return { data: {}, body: raw };
  return { data: parse(match[1]!) as unknown, body: raw.slice(match[0].length) };
}

/** Every string value in parsed YAML, with its path. */
export function stringFields(data: unknown, path = ''): TextField[] {
  if (typeof data === 'string') return [{ field: path || 'value', text: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringFields(item, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => stringFields(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The readable text of an MDX body: link targets, import/export lines, JSX tags
 * and Markdown markers removed, link texts and tag contents kept. Quotation marks
 * are left alone so quotations can still be told apart.
 */
export function bodyText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[*_#>[\]`|]/g, ' ');
}

/** All text of one content file: frontmatter strings and (for MDX) the body. */
export function contentTextFields(fileName: string, raw: string): TextField[] {
  if (/\.ya?ml$/.test(fileName)) return stringFields(parse(raw) as unknown);
  const { data, body } = splitFrontmatter(raw);
  return [...stringFields(data), { field: 'body', text: bodyText(body) }];
}
