/**
 * The content allowlist: what an MDX (or Markdown) body may contain. Bodies are
 * written by people who care about families, not about code, and the site must
 * be safe whatever they type: no script, no embedded other sites, no styling,
 * no code in `{…}`, nothing loaded from another host. Everything not listed
 * here fails the build with the line and what to write instead. The checks
 * run on the parsed tree, before anything in the file is compiled or run.
 */
import {
  htmlTags,
  lineOf,
  parseBody,
  walk,
  type BodyFormat,
  type BodyNode,
  type JsxAttribute,
} from './body-tree';

export interface SafetyProblem {
  line: number;
  column: number;
  message: string;
}

/** Attributes every allowed HTML tag may carry. */
export const GLOBAL_ATTRIBUTES = ['title', 'lang'] as const;

/** Plain formatting HTML allowed in bodies, with the attributes each tag may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: [],
  br: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: [],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: [],
  q: [],
  s: [],
  small: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  tr: [],
  u: [],
  ul: [],
  wbr: [],
};

/**
 * The project's own components an author may use in a body, with the props
 * that may take a `{…}` value. Add a component here and its markup to
 * src/knowledge/body-render.ts (which renders every body) together.
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  // "Toelichting van de redactie": our own reading, visibly apart from the sources. No props.
  Toelichting: [],
};

export interface SafetyOptions {
  components?: Readonly<Record<string, readonly string[]>>;
}

const NO_CODE = 'Content cannot run code';

/** Tags people are likely to try, with what to write instead. */
const BLOCKED: Readonly<Record<string, string>> = {
  script: `${NO_CODE}: remove the <script>. Features that need JavaScript are built into the site itself.`,
  style:
    'Styling is the same on every page: remove the <style>. Use Markdown for emphasis (**bold**, _italic_).',
  iframe: embedAdvice('iframe'),
  object: embedAdvice('object'),
  embed: embedAdvice('embed'),
  frame: embedAdvice('frame'),
  applet: embedAdvice('applet'),
  form: 'Forms cannot be used in content: remove the <form>. Describe what the reader can do, or link to the page where they can do it.',
  input: 'Form fields cannot be used in content: remove the <input>.',
  button: 'Buttons cannot be used in content: remove the <button>. Write a link instead: [text](/path/).',
  video: mediaAdvice('video'),
  audio: mediaAdvice('audio'),
  source: mediaAdvice('source'),
  link: `<link> cannot be used in content: remove it. Write a Markdown link instead: [text](https://…).`,
  meta: '<meta> cannot be used in content: remove it. Page details come from the frontmatter.',
  base: '<base> cannot be used in content: remove it.',
  svg: 'Drawings cannot be written into content: remove the <svg>. Put the image in public/images/ and write ![description](/images/name.svg).',
};

function embedAdvice(tag: string): string {
  return `Another website cannot be embedded in a page: remove the <${tag}>. Write a link to it instead: [description](https://…).`;
}

function mediaAdvice(tag: string): string {
  return `Audio and video cannot be embedded in content: remove the <${tag}>. Write a link to it instead: [description](https://…).`;
}

export function checkBodySafety(
  source: string,
  format: BodyFormat,
  options: SafetyOptions = {},
): SafetyProblem[] {
  let tree: BodyNode;
  try {
    tree = parseBody(source, format);
  } catch (error) {
    return [unreadable(String((error as Error).message))];
  }
  return checkTree(tree, options);
}

/** A body the parser cannot read, e.g. an unclosed tag or brace: the parser's place and words, plainly. */
function unreadable(parserMessage: string): SafetyProblem {
  const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(parserMessage);
  const detail = (match?.[3] ?? parserMessage).replace(/\s*\(note:.*$/s, '');
  return {
    line: Number(match?.[1] ?? 1),
    column: Number(match?.[2] ?? 1),
    message:
      `The text cannot be read as MDX: ${detail}. ` +
      'In MDX, < and { start a tag or code: close every tag you open, or write \\< and \\{ to show the character itself.',
  };
}

export function checkTree(tree: BodyNode, options: SafetyOptions = {}): SafetyProblem[] {
  const components = options.components ?? ALLOWED_COMPONENTS;
  const problems: SafetyProblem[] = [];
  const definitions = new Map<string, BodyNode>();
  const nodes = [...walk(tree)];
  for (const node of nodes) if (node.type === 'definition') definitions.set(node.identifier ?? '', node);
  const imageDefinitions = new Set(
    nodes.filter((n) => n.type === 'imageReference').map((n) => definitions.get(n.identifier ?? '')),
  );

  for (const node of nodes) {
    const at = lineOf(node);
    const report = (message: string, line = at.line, column = at.column) =>
      problems.push({ line, column, message });
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          `"${firstWord(String(node.value))}" lines are not allowed in content: remove the line. ` +
            'Bodies are Markdown; the components you can use are listed in the README ("Adding or editing content").',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(String(node.value))) {
          report(
            `Code in curly braces {…} is not allowed in content: remove it. ` +
              'To show a curly brace as text, write \\{ or \\}.',
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node.name ?? null, node.attributes ?? [], components, report);
        break;
      case 'html':
        for (const tag of htmlTags(String(node.value))) {
          if (tag.closing) continue;
          const attributes: JsxAttribute[] = tag.attributes.map((a) => ({
            type: 'mdxJsxAttribute',
            name: a.name,
            value: a.value,
          }));
          const reportHere = (message: string) =>
            report(message, at.line + tag.lineOffset, tag.lineOffset === 0 ? at.column : 1);
          checkElement(tag.name.toLowerCase(), attributes, {}, reportHere);
          const href = tag.attributes.find((a) => a.name.toLowerCase() === 'href')?.value ?? '';
          if (tag.name.toLowerCase() === 'a' && /^\s*(?:https?:)?\/\//i.test(href)) {
            // Raw HTML in a .md file is copied as is, so it would miss the outside-link marker.
            reportHere(`Write a link to another website as [text](${href.trim()}), not as <a href>.`);
          }
        }
        break;
      case 'link':
        checkUrl(node.url ?? '', 'link', report);
        break;
      case 'definition':
        checkUrl(node.url ?? '', imageDefinitions.has(node) ? 'media' : 'link', report);
        break;
      case 'image':
        checkUrl(node.url ?? '', 'media', report);
        break;
    }
  }
  return problems;
}

function checkElement(
  name: string | null,
  attributes: readonly JsxAttribute[],
  components: Readonly<Record<string, readonly string[]>>,
  report: (message: string) => void,
): void {
  if (!name) {
    report('Empty tags <>…</> are not allowed in content: remove them and keep the text.');
    return;
  }
  const isComponent = /^[A-Z]|\./.test(name);
  const expressionProps = isComponent ? components[name] : undefined;
  if (isComponent && !expressionProps) {
    const known = Object.keys(components);
    report(
      `<${name}> is not a component you can use in content: remove it. ` +
        (known.length
          ? `Components you can use: ${known.map((k) => `<${k}>`).join(', ')}.`
          : 'No components are available in bodies; use Markdown.'),
    );
    return;
  }
  const allowedAttributes = isComponent ? undefined : ALLOWED_HTML[name];
  if (!isComponent && !allowedAttributes) {
    report(
      BLOCKED[name] ??
        `<${name}> is not on the list of HTML you can use in content: remove it and use Markdown, ` +
          `or one of: ${Object.keys(ALLOWED_HTML).join(', ')}.`,
    );
    return;
  }
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(`{${attribute.value ?? ''}} on <${name}> is code, which is not allowed in content: remove it.`);
      continue;
    }
    const attr = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attr)) {
      report(`${NO_CODE}: remove ${attr}= from <${name}>.`);
    } else if (/^style$/i.test(attr)) {
      report(
        `Styling is the same on every page: remove style= from <${name}>. Use Markdown for emphasis (**bold**, _italic_).`,
      );
    } else if (typeof value === 'object' && value !== null) {
      if (!expressionProps?.includes(attr)) {
        report(
          `${attr}={…} on <${name}> is code, which is not allowed here: write the value in quotes, ${attr}="…".`,
        );
      }
    } else if (
      !isComponent &&
      !allowedAttributes?.includes(attr) &&
      !GLOBAL_ATTRIBUTES.includes(attr as 'title')
    ) {
      report(
        `The attribute ${attr}= is not allowed on <${name}>: remove it.` +
          (allowedAttributes?.length || GLOBAL_ATTRIBUTES.length
            ? ` Allowed: ${[...(allowedAttributes ?? []), ...GLOBAL_ATTRIBUTES].join(', ')}.`
            : ''),
      );
    } else if (attr === 'href') {
      checkUrl(value ?? '', 'link', report);
    } else if (attr === 'src') {
      checkUrl(value ?? '', 'media', report);
    }
  }
}

/** The scheme of a URL as a browser reads it: case, blanks and entities do not hide it. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

function checkUrl(url: string, use: 'link' | 'media', report: (message: string) => void): void {
  const scheme = schemeOf(url);
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    report(
      `${scheme}: addresses are not allowed in content (${scheme === 'data' ? 'they hide what is loaded' : 'they run code'}). ` +
        (use === 'media'
          ? 'Put the file in public/images/ and write ![description](/images/name.png).'
          : 'Link to a page instead: [text](https://…) or [text](/elementen/<id>/).'),
    );
    return;
  }
  if (use === 'media') {
    if (scheme || /^[\\/]{2}/.test(url.trim())) {
      report(
        `Images and media must come from this site, not from another host (${url}): ` +
          'save the file in public/images/ and write ![description](/images/name.png), or link to it: [description](https://…).',
      );
    }
    return;
  }
  if (scheme && !LINK_SCHEMES.has(scheme)) {
    report(
      `${scheme}: links are not allowed in content: use https://…, mailto: or a link to a page of this site.`,
    );
  }
}

function isComment(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

function firstWord(value: string): string {
  return /^\s*(\w+)/.exec(value)?.[1] ?? 'import';
}

export function formatSafetyProblems(file: string, problems: readonly SafetyProblem[]): string[] {
  return problems.map((p) => `  ${file}:${p.line}\n    ${p.message}`);
}
