/**
 * The house rules of the code, as ESLint rules (wired in eslint.config.js):
 * which room may import which, and no import cycles. See "Boundaries" in the
 * README. Plain JavaScript with no dependencies so ESLint loads it as is.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '.astro', '.js', '.mjs', '/index.ts'];

/** The file a relative specifier points to, or undefined (packages, virtual modules, missing files). */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier.split('?')[0]);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Where a file lives, as the rules see it: its room, its feature and how it runs. */
function placeOf(file, root) {
  const path = relative(root, file).split(sep).join('/');
  const feature = /^src\/features\/([^/]+)\//.exec(path)?.[1];
  const room = path.startsWith('src/shared/')
    ? 'shared'
    : path.startsWith('src/knowledge/')
      ? 'knowledge'
      : feature
        ? 'feature'
        : path.startsWith('src/')
          ? 'site'
          : 'outside';
  const browser = /\.tsx$|\.client\.ts$/.test(path) || path.startsWith('src/shared/client/');
  const buildStep = /\.build\.ts$/.test(path);
  return { path, room, feature, browser, buildStep };
}

/** Why `from` may not import `to` (a sentence that names the fix), or undefined when it may. */
export function boundaryProblem(from, to, specifier) {
  if (from.room === 'outside') return undefined;
  const virtual = specifier.startsWith('astro:content');
  if (from.browser && (virtual || to?.room === 'knowledge' || to?.buildStep))
    return `${from.path} runs in the browser and may not import ${to?.path ?? specifier}, which is build-time code. Pass the data as props or through a .json endpoint.`;
  if (!to) return undefined;
  if (from.room === 'shared' && to.room !== 'shared')
    return `src/shared/ is the ground floor and imports nothing above it; ${from.path} imports ${to.path}. Move what both need into src/shared/.`;
  if (from.room === 'knowledge' && (to.room === 'feature' || to.room === 'site'))
    return `src/knowledge/ imports no feature and no component; ${from.path} imports ${to.path}. Move what both need into src/shared/ or src/knowledge/.`;
  if (from.room === 'feature' && to.room === 'feature' && from.feature !== to.feature)
    return `A feature may not import another feature's files: ${from.path} imports ${to.path}. Move what both need into src/shared/ (or src/knowledge/ for build-time code).`;
  return undefined;
}

/** Relative import specifiers of a file on disk (also in Astro frontmatter and <script> blocks). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
const graphCache = new Map();
function importsOf(file) {
  let cached = graphCache.get(file);
  if (cached) return cached;
  const text = readFileSync(file, 'utf8');
  cached = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const target = resolveImport(file, match[2]);
    if (target && /\.(ts|tsx|astro|js|mjs)$/.test(target)) cached.push(target);
  }
  graphCache.set(file, cached);
  return cached;
}

/** A path of files from `start` back to `target`, or undefined. */
function pathBack(start, target) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, path] = stack.pop();
    if (file === target) return path;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of importsOf(file)) stack.push([next, [...path, next]]);
  }
  return undefined;
}

function importNodes(onImport) {
  const check = (node) => {
    if (node.source && typeof node.source.value === 'string') onImport(node, node.source.value);
  };
  return {
    ImportDeclaration: check,
    ExportNamedDeclaration: check,
    ExportAllDeclaration: check,
    ImportExpression: check,
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const rooms = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Rooms import only what their place allows (features, shared, knowledge, browser code).',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = placeOf(file, root);
    return importNodes((node, specifier) => {
      const target = resolveImport(file, specifier);
      const problem = boundaryProblem(from, target ? placeOf(target, root) : undefined, specifier);
      if (problem) context.report({ node: node.source, message: problem });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles between files of the project.' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    // Each lint run reads the files afresh (an editor keeps the process alive).
    graphCache.delete(file);
    return importNodes((node, specifier) => {
      const target = resolveImport(file, specifier);
      if (!target || !/\.(ts|tsx|astro|js|mjs)$/.test(target)) return;
      const back = pathBack(target, file);
      if (back) {
        const chain = [file, ...back].map((f) => relative(root, f).split(sep).join('/'));
        context.report({
          node: node.source,
          message: `Import cycle: ${chain.join(' → ')}. Move what both files need into the lower one (often: the types).`,
        });
      }
    });
  },
};

/** @type {import('eslint').ESLint.Plugin} */
export default { rules: { rooms, 'no-cycle': noCycle } };
