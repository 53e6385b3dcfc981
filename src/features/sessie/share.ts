/**
 * Share links and export files for one session plan.
 *
 * A link carries the plan in the URL fragment (`/sessie/#plan=…`), so it never
 * reaches a server: compact JSON, deflate-raw (the browser's CompressionStream),
 * base64url. Whatever comes in from a link or a file is untrusted: size and
 * item count are capped before and while decoding (a deflate bomb stops at the
 * cap), the shape is checked with strict Zod schemas (unknown and prototype keys
 * are refused), and every failure becomes one Dutch message. Decoding never
 * touches stored sessions; the caller decides what to do with a good result.
 */
import { z } from '../../shared/zod';
import { newKey, type Session } from './basics';
import { ENTRY_KEY } from '../../shared/session-entries';
import { BLOCK_KINDS } from '../../shared/vocabulary';
import { LIMITS, sessionSchema } from './schema';

export const SHARE_VERSION = 1;
/** Longest fragment accepted (characters after "plan="). */
export const MAX_LINK_CHARS = 24_000;
/** Largest decoded JSON accepted, in bytes (links and files alike). */
export const MAX_DECODED_BYTES = 96 * 1024;

/** The plan as a link carries it: short keys, no local ids or timestamps. */
const sharedItem = z.strictObject({
  b: z.enum(BLOCK_KINDS),
  m: z.number().int().min(0).max(LIMITS.minutes),
  n: z.string().max(LIMITS.notes).optional(),
  e: z.string().regex(ENTRY_KEY).optional(),
  t: z.string().max(LIMITS.title).optional(),
});
const sharedPlan = z.strictObject({
  v: z.literal(SHARE_VERSION),
  t: z.string().max(LIMITS.title),
  d: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional(),
  a: z.string().max(LIMITS.audience).optional(),
  g: z.string().max(LIMITS.goal).optional(),
  s: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  m: z.number().int().min(0).max(LIMITS.target).optional(),
  i: z.array(sharedItem).max(LIMITS.items),
});
type SharedPlan = z.infer<typeof sharedPlan>;

export type Decoded = { ok: true; session: Session } | { ok: false; message: string };

const LINK = 'Deze gedeelde link kunnen we niet openen';
const FILE = 'Dit bestand kunnen we niet inlezen';
const KEPT = 'Je eigen sessies zijn niet aangeraakt.';

export const REASONS = {
  tooLong: 'de link is te lang',
  notBase64: 'de link is beschadigd (er staan tekens in die er niet in horen)',
  notDeflate: 'de link is beschadigd (de inhoud is niet uit te pakken)',
  tooBig: 'de inhoud is groter dan een sessie kan zijn',
  notText: 'de inhoud is geen leesbare tekst',
  notJson: 'de inhoud is geen sessie',
  version: 'hij is gemaakt in een andere versie van Werkzaam',
  tooMany: `een sessie heeft hoogstens ${LIMITS.items} onderdelen`,
  shape: 'de inhoud klopt niet (onbekende of ongeldige velden)',
  empty: 'er staat geen sessie in',
} as const;

export const linkMessage = (reason: string) => `${LINK}: ${reason}. ${KEPT}`;
export const fileMessage = (reason: string) => `${FILE}: ${reason}. ${KEPT}`;

function toShared(session: Session): SharedPlan {
  return {
    v: SHARE_VERSION,
    t: session.title,
    d: session.date,
    a: session.audience,
    g: session.goal,
    s: session.start,
    m: session.target,
    i: session.items.map((item) => ({
      b: item.block,
      m: item.minutes,
      ...(item.notes ? { n: item.notes } : {}),
      ...(item.entry ? { e: item.entry } : {}),
      ...(item.title !== undefined ? { t: item.title } : {}),
    })),
  };
}

function fromShared(plan: SharedPlan, now: number): Session {
  return sessionSchema.parse({
    id: newKey(),
    title: plan.t,
    date: plan.d ?? '',
    audience: plan.a ?? '',
    goal: plan.g ?? '',
    start: plan.s ?? '09:00',
    target: plan.m ?? 90,
    updated: now,
    items: plan.i.map((item) => ({
      key: newKey(),
      block: item.b,
      minutes: item.m,
      notes: item.n ?? '',
      ...(item.e ? { entry: item.e } : {}),
      ...(item.t !== undefined ? { title: item.t } : {}),
    })),
  });
}

/** Checks parsed JSON (from a link or file) and turns it into a fresh session. */
function fromJson(json: unknown, now: number): { session: Session } | { reason: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { reason: REASONS.notJson };
  const v = (json as { v?: unknown }).v;
  if (v !== SHARE_VERSION) return { reason: REASONS.version };
  const items = (json as { i?: unknown }).i;
  if (Array.isArray(items) && items.length > LIMITS.items) return { reason: REASONS.tooMany };
  const checked = sharedPlan.safeParse(json);
  if (!checked.success) return { reason: REASONS.shape };
  return { session: fromShared(checked.data, now) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// --- bytes <-> base64url ---------------------------------------------------

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-big'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop inflating at once: a small link must not grow into megabytes.
      await reader.cancel().catch(() => undefined);
      return 'too-big';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const out = await collect(stream, Number.MAX_SAFE_INTEGER);
  return out as Uint8Array;
}

async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-big' | 'bad'> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await collect(stream, limit);
  } catch {
    return 'bad';
  }
}

// --- links -----------------------------------------------------------------

/** The fragment value (without "#plan=") for a session. */
export async function encodePlan(session: Session): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toShared(session)));
  return toBase64Url(await deflate(json));
}

/** The `plan` value of a location hash such as "#plan=…", or undefined. */
export function planFromHash(hash: string): string | undefined {
  const match = /^#?plan=(.*)$/s.exec(hash);
  return match ? (match[1] ?? '') : undefined;
}

/** Decodes a shared link's plan. Never throws; never touches storage. */
export async function decodePlan(value: string, now = Date.now()): Promise<Decoded> {
  const fail = (reason: string): Decoded => ({ ok: false, message: linkMessage(reason) });
  if (value.length === 0) return fail(REASONS.empty);
  if (value.length > MAX_LINK_CHARS) return fail(REASONS.tooLong);
  const bytes = fromBase64Url(value);
  if (!bytes) return fail(REASONS.notBase64);
  const inflated = await inflate(bytes, MAX_DECODED_BYTES);
  if (inflated === 'too-big') return fail(REASONS.tooBig);
  if (inflated === 'bad') return fail(REASONS.notDeflate);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail(REASONS.notText);
  }
  const result = fromJson(parseJson(text), now);
  return 'reason' in result ? fail(result.reason) : { ok: true, session: result.session };
}

// --- files -----------------------------------------------------------------

/** What an export file holds: a marker, so a random JSON file is recognised as foreign. */
const FILE_FORMAT = 'werkzaam-sessie';

/** The text of a .json export: the same shape as a link, readable, with a marker. */
export function exportFile(session: Session): string {
  return `${JSON.stringify({ format: FILE_FORMAT, ...toShared(session) }, null, 2)}\n`;
}

/** A file name for an export: the title in plain characters. */
export function exportName(session: Session): string {
  const slug = session.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'sessie'}.werkzaam.json`;
}

/** Reads an export file's text. Never throws; never touches storage. */
export function importFile(text: string, now = Date.now()): Decoded {
  const fail = (reason: string): Decoded => ({ ok: false, message: fileMessage(reason) });
  if (new TextEncoder().encode(text).byteLength > MAX_DECODED_BYTES) return fail(REASONS.tooBig);
  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(REASONS.notJson);
  const { format, ...plan } = json as Record<string, unknown>;
  if (format !== FILE_FORMAT) return fail(REASONS.notJson);
  const result = fromJson(plan, now);
  return 'reason' in result ? fail(result.reason) : { ok: true, session: result.session };
}
