/**
 * One dilemma as the intervision mode needs it, one small file each, fetched by
 * /intervisie/ only for the dilemma a group picks (so that page stays the same
 * size at any number of dilemmas).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIntervisieDilemmas } from '../../../features/intervisie/data.build';
import type { IntervisieDilemma } from '../../../features/intervisie/slots';

export const getStaticPaths = (async () =>
  (await loadIntervisieDilemmas()).map((dilemma) => ({
    params: { id: dilemma.id },
    props: { dilemma },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dilemma: IntervisieDilemma }> = ({ props }) =>
  new Response(JSON.stringify(props.dilemma), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
