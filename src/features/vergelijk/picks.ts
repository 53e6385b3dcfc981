/**
 * The interventions a reader has picked to compare, kept on this device (the
 * tray on the catalogue and on intervention pages). A tiny hand-written check
 * instead of Zod keeps the intervention pages light.
 */
import type { StoreSpec, Validator } from '../../shared/client/device-storage';
import { isEntryId } from '../../shared/entry-address';
import { MAX_COMPARED } from './compare';

export const picksValidator: Validator<string[]> = {
  safeParse(data: unknown) {
    if (!Array.isArray(data) || data.length > MAX_COMPARED) return { success: false };
    if (!data.every((id) => isEntryId(id))) return { success: false };
    return { success: true, data: [...new Set(data as string[])] };
  },
};

export const PICKS_STORE: StoreSpec<string[]> = {
  key: 'werkzaam.vergelijken',
  version: 1,
  schema: picksValidator,
  empty: () => [],
  label: 'je keuze om te vergelijken',
};
