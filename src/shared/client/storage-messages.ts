/**
 * Every Dutch sentence about data kept on this device, in one place, so the
 * session builder, route progress, the comparison tray and intervision say the
 * same thing in the same words. Pure strings; no DOM. Page-wide scripts import
 * only the constant they need, and the bundler leaves the rest out.
 */
import type { Unreadable } from './device-envelope';

/** Why stored data could not be read, as the words inside a message. */
export const REASONS: Record<Unreadable, (version?: number) => string> = {
  'not-json': () => 'geen leesbare gegevens',
  newer: (version) => `gemaakt door een nieuwere versie van Werkzaam (versie ${version})`,
  'unknown-shape': () => 'een oude of onbekende vorm',
  invalid: () => 'gegevens die niet kloppen',
};

/** Reading or writing is refused by the browser itself (privacy setting, some private windows). */
export const UNAVAILABLE =
  'Deze browser laat Werkzaam niets bewaren (opslag uitgezet of privévenster). Wat je hier doet, blijft alleen staan zolang dit tabblad open is.';

/** The short form, for a button that has no room for the whole sentence. */
export const UNAVAILABLE_SHORT = 'Bewaren lukt niet in deze browser';

/** A write failed: storage full, or switched off while the page was open. */
export const SAVE_FAILED =
  'Opslaan lukte niet: de opslag van deze browser is vol of uitgezet. Wat je nu ziet, blijft staan zolang dit tabblad open is.';

export function saveInvalid(label: string): string {
  return `Opslaan lukte niet: ${label} hebben niet de vorm die Werkzaam verwacht.`;
}

/** The unreadable data was copied aside (and the copy checked), so starting empty loses nothing. */
export function backedUp(label: string, reason: string): string {
  return `We konden ${label} op dit apparaat niet lezen (${reason}). Er staat een reservekopie van op dit apparaat en we beginnen opnieuw; er is niets weggegooid.`;
}

/**
 * The unreadable data could not be copied aside (storage full, or every backup
 * slot already holds an earlier unreadable value). It stays where it is and
 * nothing is written over it until the user chooses.
 */
export function blocked(label: string, reason: string): string {
  return `We konden ${label} op dit apparaat niet lezen (${reason}), en er kon geen reservekopie van worden gemaakt. We laten de gegevens staan en bewaren niets nieuws tot je kiest: download ze eerst als bestand, of begin leeg (dan zijn ze weg).`;
}

/** What a write says while the store is blocked by unreadable data. */
export function blockedSave(label: string): string {
  return `Niet opgeslagen: ${label} op dit apparaat zijn nog onleesbaar en worden niet overschreven. Download ze of kies "Begin leeg".`;
}

/** Labels of the two choices a blocked store offers. */
export const DOWNLOAD_UNREADABLE = 'Download de onleesbare gegevens';
export const START_EMPTY = 'Begin leeg';

/** More stored items than Werkzaam keeps (e.g. 101 sessions); shown read-only, never hidden. */
export function overLimit(label: string, count: number, limit: number): string {
  return `Op dit apparaat staan ${count} ${label}, meer dan de ${limit} die Werkzaam bijhoudt. We laten ze allemaal zien, alleen om te lezen; exporteer ze of verwijder er ${count - limit} om weer te kunnen bewaren.`;
}
