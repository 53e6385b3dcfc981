/**
 * The one parser for links written in an entry's body. The integrity check,
 * the link graph and the body-link component all read links through here, so
 * a link the build accepts is exactly a link the graph counts and the page
 * previews. It understands every way Markdown/MDX can write a link: inline
 * (with or without a title), reference-style, raw <a href>, with a #fragment.
 */
import GithubSlugger from 'github-slugger';
import { formatOf, htmlTags, lineOf, parseBody, textOf, walk, type BodyFormat } from './body-tree';
import { nearest } from './did-you-mean';
import { ENTRY_ID } from '../shared/entry-address';

export type LinkForm = 'inline' | 'reference' | 'html';

export interface BodyLink {
  href: string;
  /** Line and column within the body (1-based). */
  line: number;
  column: number;
  form: LinkForm;
}

export interface BodyAnalysis {
  links: BodyLink[];
  /** Ids of the body's headings, as the build gives them (github-slugger). */
  headings: string[];
}

const cache = new Map<string, BodyAnalysis>();

/** Links and heading ids of a body; each body is parsed once per build. */
export function analyseBody(body: string, format: BodyFormat = 'mdx'): BodyAnalysis {
  const key = `${format}\n${body}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = analyse(body, format)));
  return found;
}

/** Same, for an entry with a file path (".md" files are plain Markdown). */
export function analyseEntryBody(entry: { body?: string | undefined; filePath?: string | undefined }) {
  return analyseBody(entry.body ?? '', formatOf(entry.filePath));
}

function analyse(body: string, format: BodyFormat): BodyAnalysis {
  if (!body.trim()) return { links: [], headings: [] };
  const tree = parseBody(body, format);
  const nodes = [...walk(tree)];
  const definitions = new Map<string, string>();
  for (const node of nodes) {
    if (node.type === 'definition') definitions.set(node.identifier ?? '', node.url ?? '');
  }
  const slugger = new GithubSlugger();
  const links: BodyLink[] = [];
  const headings: string[] = [];
  for (const node of nodes) {
    const { line, column } = lineOf(node);
    if (node.type === 'link') {
      links.push({ href: node.url ?? '', line, column, form: 'inline' });
    } else if (node.type === 'linkReference') {
      const href = definitions.get(node.identifier ?? '');
      if (href !== undefined) links.push({ href, line, column, form: 'reference' });
    } else if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      node.name === 'a'
    ) {
      const href = node.attributes?.find((a) => a.name === 'href')?.value;
      if (typeof href === 'string') links.push({ href, line, column, form: 'html' });
    } else if (node.type === 'html') {
      for (const tag of htmlTags(String(node.value))) {
        const href = tag.name.toLowerCase() === 'a' && tag.attributes.find((a) => a.name === 'href')?.value;
        if (typeof href === 'string') {
          links.push({
            href,
            line: line + tag.lineOffset,
            column: tag.lineOffset ? 1 : column,
            form: 'html',
          });
        }
      }
    } else if (node.type === 'heading') {
      headings.push(slugger.slug(textOf(node)));
    }
  }
  return { links, headings };
}

export type HrefTarget =
  | { kind: 'entry'; collection: string; id: string; fragment?: string | undefined }
  | { kind: 'other' }
  | { kind: 'wrong'; message: string };

export interface HrefContext {
  collections: readonly string[];
  /** The entry the link is written in: relative links and "#x" are read from its page. */
  from?: { collection: string; id: string } | undefined;
}

/**
 * What a link points to: an entry (with its fragment), something else (an
 * outside site, a page such as /zoeken/), or a link written wrongly — then
 * with a message that says how to write it.
 */
export function classifyHref(href: string, context: HrefContext): HrefTarget {
  const raw = href.trim();
  if (raw === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) return { kind: 'other' };
  const from = context.from;
  if (raw.startsWith('#')) {
    return from ? { kind: 'entry', ...from, fragment: decode(raw.slice(1)) } : { kind: 'other' };
  }
  if (!raw.startsWith('/')) {
    const base = from ? `/${from.collection}/${from.id}/` : '/';
    const url = new URL(raw, `http://site${base}`);
    return {
      kind: 'wrong',
      message: `Relative links break when a page moves: write the full address "${url.pathname}${url.search}${url.hash}" instead of "${raw}".`,
    };
  }
  const hashAt = raw.indexOf('#');
  const path = (hashAt < 0 ? raw : raw.slice(0, hashAt)).replace(/\?.*$/, '');
  const fragment = hashAt < 0 ? undefined : decode(raw.slice(hashAt + 1));
  const segments = path.split('/').filter(Boolean);
  const [first = '', id, ...rest] = segments;
  const tail = fragment === undefined ? '' : `#${fragment}`;
  if (!context.collections.includes(first)) {
    const meant = context.collections.includes(first.toLowerCase()) ? first.toLowerCase() : undefined;
    const hint = meant ?? (first.length > 3 ? nearest(first, context.collections) : undefined);
    if (!hint) return { kind: 'other' };
    const fixed = `/${hint}/${id ? `${id.toLowerCase()}/` : ''}${tail}`;
    return {
      kind: 'wrong',
      message: meant
        ? `Addresses are written in lowercase: write "${fixed}" instead of "${raw}".`
        : `There is no section "/${first}/" on the site. Did you mean "/${hint}/"? Write "${fixed}".`,
    };
  }
  if (id === undefined) return { kind: 'other' };
  if (rest.length > 0) {
    return {
      kind: 'wrong',
      message: `An entry's address is /${first}/<id>/: write "/${first}/${id}/${tail}" instead of "${raw}".`,
    };
  }
  if (/[A-Z]/.test(id)) {
    return {
      kind: 'wrong',
      message: `Addresses are written in lowercase: write "/${first}/${id.toLowerCase()}/${tail}" instead of "${raw}".`,
    };
  }
  return { kind: 'entry', collection: first, id: decode(id), fragment };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface EntryAddress {
  collection: string;
  id: string;
  /** The part after #, without the #, when the address points into a page. */
  section?: string;
}

/**
 * An entry's site address as an author writes it in a data field
 * (`/werkkaarten/gewenste-houding/#dilemmas-kop`). Read by the same rules as a
 * link in a body, so a typo gets the same "did you mean" message; `message` is
 * undefined when the value is not an entry address at all. Whether that entry
 * exists is the integrity check's job.
 */
export function parseEntryAddress(
  address: string,
  collections: readonly string[],
): { address: EntryAddress } | { message: string | undefined } {
  const target = classifyHref(address, { collections });
  if (target.kind === 'wrong') return { message: target.message };
  if (target.kind !== 'entry' || /[?]/.test(address) || !ENTRY_ID.test(target.id))
    return { message: undefined };
  const section = target.fragment;
  if (section !== undefined && !/^[a-z0-9-]+$/.test(section)) return { message: undefined };
  return { address: { collection: target.collection, id: target.id, ...(section ? { section } : {}) } };
}
