/**
 * The ready-made session templates, fetched by the session builder at /sessie/.
 * Their entry references are checked at build time (entry-index.build.ts).
 */
import type { APIRoute } from 'astro';
import { loadSessionTemplates } from '../../features/sessie/entry-index.build';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadSessionTemplates()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
