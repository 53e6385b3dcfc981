/**
 * The reading routes in the small shape the route bar on entry pages needs
 * (src/features/routes/nav.ts). Fetched only by a reader who came from a route.
 */
import type { APIRoute } from 'astro';
import { loadRoutes, routeSummaries } from '../../features/routes/routes.build';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(routeSummaries(await loadRoutes())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
