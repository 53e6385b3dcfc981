/**
 * One entry as the session builder needs it (title, kind, and what a handout or
 * card prints), one small file each; the builder fetches only the entries in
 * the open plan, so what it loads does not grow with the knowledge base.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSessionEntries } from '../../../../features/sessie/entry-index.build';
import type { IndexEntry } from '../../../../features/sessie/entry-index';

export const getStaticPaths = (async () =>
  (await loadSessionEntries()).map(([key, entry]) => {
    const [collection, id] = key.split('/') as [string, string];
    return { params: { collection, id }, props: { entry } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: IndexEntry }> = ({ props }) =>
  new Response(JSON.stringify(props.entry), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
