/**
 * The content allowlist (src/knowledge/safety.ts) as a step of the Markdown
 * and MDX pipeline (Sätteri, Astro's processor). It runs before the file is
 * parsed for real, so a hostile body never becomes code: the build stops with
 * the file, the line and what to write instead. Files outside the content
 * folder (the site's own pages) are left alone.
 *
 * For a body that passes, a raw <a href> is turned into a Markdown link, so it
 * renders through the same body-link component (entry preview, outside-link
 * marker) as [text](href).
 */
import { fileURLToPath } from 'node:url';
import type {
  HastPluginDefinition,
  HastPluginEntry,
  MdastPluginDefinition,
  MdastPluginEntry,
  MdastVisitorContext,
  PluginFactoryContext,
} from 'satteri';
import type { BodyNode } from './body-tree';
import { checkBodySafety, formatSafetyProblems } from './safety';

export function contentSafetyPlugin(contentDir: string, root: string): MdastPluginEntry {
  return (context: PluginFactoryContext) => {
    const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    if (!path || !path.startsWith(contentDir)) return null;
    const format = context.sourceFormat === 'mdx' ? 'mdx' : 'md';
    const problems = checkBodySafety(context.source, format);
    if (problems.length > 0) {
      const file = path.startsWith(root) ? path.slice(root.length).replace(/^\//, '') : path;
      throw new Error(
        `Content check failed: this file contains something content may not contain. Nothing was published.\n` +
          formatSafetyProblems(file, problems).join('\n'),
      );
    }
    return rawLinksAsMarkdown;
  };
}

type Replaceable = Parameters<MdastVisitorContext['replaceNode']>[0];
type Content = Parameters<MdastVisitorContext['replaceNode']>[1];

function asLink(node: BodyNode): Content {
  const attribute = (name: string) => {
    const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    return typeof value === 'string' ? value : null;
  };
  const children = (node.children ?? []).flatMap((child) =>
    child.type === 'paragraph' ? (child.children ?? []) : [child],
  );
  return {
    type: 'link',
    url: attribute('href') ?? '',
    title: attribute('title'),
    children,
  } as unknown as Content;
}

const rawLinksAsMarkdown: MdastPluginDefinition = {
  name: 'werkzaam-raw-links',
  mdxJsxTextElement(node, context) {
    if (node.name === 'a') context.replaceNode(node as Replaceable, asLink(node as unknown as BodyNode));
  },
  mdxJsxFlowElement(node, context) {
    if (node.name !== 'a') return;
    const paragraph = {
      type: 'paragraph',
      children: [asLink(node as unknown as BodyNode)],
    } as unknown as Content;
    context.replaceNode(node as Replaceable, paragraph);
  },
};

/**
 * Plain Markdown (.md) bodies are not rendered through the body-link component,
 * so their links to other websites get the same treatment here: no handing over
 * of this page, and a visible and spoken "outside" marker.
 */
export function outsideLinksInMarkdown(contentDir: string): HastPluginEntry {
  return (context: PluginFactoryContext) => {
    const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    if (!path?.startsWith(contentDir) || context.sourceFormat !== 'markdown') return null;
    return outsideLinks;
  };
}

const outsideLinks: HastPluginDefinition = {
  name: 'werkzaam-outside-links',
  element: {
    filter: ['a'],
    visit(node, context) {
      if (!/^https?:\/\//i.test(String(node.properties?.['href'] ?? '').trim())) return;
      context.setProperty(node, 'rel', 'noopener noreferrer');
      context.setProperty(node, 'className', ['outside-link']);
      context.appendChild(node, [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['outside-mark'], ariaHidden: 'true' },
          children: [{ type: 'text', value: '↗' }],
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ' (externe website)' }],
        },
      ]);
    },
  },
};
