/**
 * Renders an entry's body to HTML once, at content sync time, with the build's
 * own parser (Sätteri) and our fixed component set — so no entry becomes a
 * Vite module. The markup is what Astro's MDX pipeline made of the same body:
 * - headings get github-slugger ids (as Astro's heading-ids step gives them);
 * - `<Toelichting>` renders as src/components/Toelichting.astro does (change both
 *   together), the editorial note: a block headed "Toelichting
 *   van de redactie (onze lezing, niet uit de bron)", explained on /over/, a note
 *   rather than a landmark (a page may hold several); its styles are in global.css;
 * - a link to another website gets rel="noopener noreferrer" and the visible
 *   and spoken "outside" marker;
 * - a link to an entry is left as a marked placeholder: its preview needs the
 *   other entry's summary and a page-unique id, so src/knowledge/previews.ts
 *   fills it in when the page is rendered.
 * The body has passed the content allowlist (src/knowledge/safety.ts) before it
 * gets here: it holds no code, only Markdown, allowed tags and comments.
 */
import GithubSlugger from 'github-slugger';
import { markdownToHast, mdxToHast } from 'satteri';
import type { BodyFormat } from './body-tree';
import { classifyHref } from './links';
import { COLLECTIONS } from '../shared/kinds';

export interface RenderedBody {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[] };
}

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/** The attribute that marks an entry link for src/knowledge/previews.ts. */
export const PREVIEW_MARK = 'data-werkzaam-preview';
/** Closes an entry link's placeholder, where its preview goes. */
export const PREVIEW_SLOT = '<!--werkzaam-preview-->';

const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;

/** Astro's escapeHTML: what a text child of an MDX body became. */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === "'" ? '&#39;' : '&quot;',
  );
}

/** Astro's attribute escaping. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Body HTML and its headings; the body must have passed the allowlist. */
export function renderBody(body: string, format: BodyFormat): RenderedBody {
  const headings: RenderedBody['metadata']['headings'] = [];
  if (!body.trim()) return { html: '', metadata: { headings } };
  const features = { gfm: true, smartPunctuation: true };
  const tree = (format === 'md'
    ? markdownToHast(body, { features, position: false })
    : mdxToHast(body, { features, position: false })) as unknown as HastNode;
  const context: Context = { slugger: new GithubSlugger(), headings };
  return { html: children(tree, context), metadata: { headings } };
}

interface Context {
  slugger: GithubSlugger;
  headings: RenderedBody['metadata']['headings'];
}

function children(node: HastNode, context: Context): string {
  return (node.children ?? []).map((child) => render(child, context)).join('');
}

function textContent(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textContent).join('');
}

function render(node: HastNode, context: Context): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value ?? '');
    case 'raw':
      // Raw HTML of a plain .md body, already checked against the allowlist.
      return node.value ?? '';
    case 'element':
      return element(node.tagName ?? 'div', properties(node.properties ?? {}), node, context);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsx(node, context);
    default:
      // Comments ({/* … */}) and anything without output.
      return '';
  }
}

/** hast property names as the HTML attributes MDX wrote for them. */
function properties(props: Record<string, unknown>): [string, string | true][] {
  const out: [string, string | true][] = [];
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    const name =
      key === 'className'
        ? 'class'
        : key === 'htmlFor'
          ? 'for'
          : /^(aria|data)[A-Z]/.test(key)
            ? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
            : key.toLowerCase();
    out.push([name, Array.isArray(value) ? value.join(' ') : value === true ? true : String(value)]);
  }
  return out;
}

function attributeString(attributes: readonly [string, string | true][]): string {
  return attributes
    .map(([name, value]) =>
      value === true || value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
    )
    .join('');
}

function element(
  tag: string,
  attributes: [string, string | true][],
  node: HastNode,
  context: Context,
): string {
  if (tag === 'a') return link(attributes, children(node, context));
  if (/^h[1-6]$/.test(tag)) {
    const text = textContent(node);
    const existing = attributes.find(([name]) => name === 'id')?.[1];
    const slug = typeof existing === 'string' ? existing : context.slugger.slug(text);
    context.headings.push({ depth: Number(tag[1]), slug, text });
    if (typeof existing !== 'string') attributes = [...attributes, ['id', slug]];
  }
  const inner = children(node, context);
  if (inner === '' && VOID.test(tag)) return `<${tag}${attributeString(attributes)}/>`;
  return `<${tag}${attributeString(attributes)}>${inner}</${tag}>`;
}

function jsx(node: HastNode, context: Context): string {
  if (node.name === 'Toelichting') {
    return (
      '<div class="toelichting" role="note" aria-label="Toelichting van de redactie">' +
      '<p class="toelichting-kop" data-pagefind-ignore>Toelichting van de redactie ' +
      '<span class="toelichting-uitleg">(onze lezing, niet uit de bron)</span></p>' +
      `<div class="toelichting-tekst">${children(node, context)}</div></div>`
    );
  }
  if (!node.name) return children(node, context);
  const attributes: [string, string | true][] = [];
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    attributes.push([a.name, a.value === null || a.value === undefined ? true : String(a.value)]);
  }
  return element(node.name, attributes, node, context);
}

/**
 * A body link: an entry link
 * becomes a placeholder for its preview, a link to another website says so.
 */
function link(attributes: [string, string | true][], inner: string): string {
  const hrefValue = attributes.find(([name]) => name === 'href')?.[1];
  const href = typeof hrefValue === 'string' ? hrefValue : '';
  const rest = attributes.filter(([name]) => name !== 'href');
  const target = classifyHref(href, { collections: COLLECTIONS });
  if (target.kind === 'entry') {
    return (
      `<span class="entry-link"><a href="${escapeAttribute(href)}" ${PREVIEW_MARK}="` +
      `${escapeAttribute(`${target.collection}/${target.id}`)}">${inner}</a>${PREVIEW_SLOT}</span>`
    );
  }
  if (/^https?:\/\//i.test(href.trim())) {
    const own = rest.filter(([name]) => name !== 'rel' && name !== 'class');
    return (
      `<a${attributeString([['href', href], ...own, ['rel', 'noopener noreferrer'], ['class', 'outside-link']])}>` +
      `${inner}<span class="outside-mark" aria-hidden="true">↗</span>` +
      '<span class="visually-hidden"> (externe website)</span></a>'
    );
  }
  return `<a${attributeString([['href', href], ...rest])}>${inner}</a>`;
}
