/**
 * The content allowlist (src/lib/content-safety.ts) as a step of the Markdown
 * and MDX pipeline (Sätteri, Astro's processor). It runs before the file is
 * parsed for real, so a hostile body never becomes code: the build stops with
 * the file, the line and what to write instead. Files outside the content
 * folder (the site's own pages) are left alone.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { checkBodySafety, formatSafetyProblems } from './content-safety';

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
    return null;
  };
}
