/**
 * The session builder's data, written once at build time and fetched once by
 * the island at /sessie/ (never scraped from pages).
 */
import type { APIRoute } from 'astro';
import { loadSessionIndex } from '../../features/sessie/entry-index.build';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadSessionIndex()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
