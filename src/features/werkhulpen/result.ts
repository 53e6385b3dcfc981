/**
 * The pure result logic of the three aids (/werkhulpen/): what the answers add
 * up to. No DOM, no content loading: the island passes the aid (as shaped by
 * werkhulpen.build.ts) and the answers, and renders what comes back. Every
 * threshold comes from the content file (criteria.domainCount.minimum etc.), so
 * the figures stay traceable to their source; the rules themselves are listed in
 * the aid's `typeRule` text, marked as our reading.
 */
import type { DomainAnswer, ReflectionAnswer, YesNoAnswer } from '../../shared/vocabulary';

export interface Source {
  bron: string;
  title: string;
  /** The source's page on the site (via entryUrl). */
  href: string;
  plaats: string;
}
export interface Said {
  text: string;
  eigenLezing: boolean;
  sources: Source[];
}
export interface Link {
  href: string;
  title: string;
  /** Dutch label of the kind, e.g. "Werkkaart". */
  kind: string;
}
export interface Question {
  id: string;
  question: string;
  core: boolean;
  eigenLezing: boolean;
  sources: Source[];
}

export interface VerkennerAid {
  kind: 'verkenner';
  notADiagnosis: Said;
  domainsIntro: Said;
  domains: {
    id: string;
    title: string;
    href: string;
    question: string;
    sources: Source[];
    readNext: Link[];
  }[];
  kenmerkenIntro: Said;
  kenmerken: Question[];
  typesIntro: Said;
  types: {
    id: string;
    title: string;
    href: string;
    summary: string;
    priority: boolean;
    signals: Question[];
    readNext: Link[];
  }[];
  typeRule: Said;
  criteria: {
    domainCount: {
      minimum: number;
      of: number;
      durationKenmerk: string;
      label: string;
      text: string;
      outcomes: Record<SixOutcome, string>;
      sources: Source[];
    };
    kenmerken: { label: string; text: string; outcomes: Record<TraitOutcome, string>; sources: Source[] };
  };
}

export type SixOutcome = 'past' | 'open' | 'pastNiet';
export type TraitOutcome = 'kern' | 'deels' | 'open';

export interface VerkennerAnswers {
  domains: Record<string, DomainAnswer | undefined>;
  /** Traits and type signals, by question id. */
  yesNo: Record<string, YesNoAnswer | undefined>;
}

export interface VerkennerResult {
  answered: number;
  concerns: string[];
  unknown: string[];
  /** The reading of 001/000: at least `minimum` of `of` domains, and long-lasting. */
  domainCount: { outcome: SixOutcome; count: number; open: number; minimum: number; of: number };
  /** The reading of 004: no fixed definition; the core traits. */
  traits: { outcome: TraitOutcome; recognised: string[]; coreRecognised: number; coreTotal: number };
  /** Type ids the answers point to, first the one(s) to read first; empty when no signal is "ja". */
  types: { id: string; yes: number; priority: boolean }[];
  readNext: (Link & { because: string[] })[];
}

export function verkennerResult(aid: VerkennerAid, answers: VerkennerAnswers): VerkennerResult {
  const domainIds = aid.domains.map((d) => d.id);
  const concerns = domainIds.filter((d) => answers.domains[d] === 'zorgen');
  const unknown = domainIds.filter((d) => answers.domains[d] === 'onbekend');
  const unanswered = domainIds.filter((d) => answers.domains[d] === undefined);
  const { minimum, of, durationKenmerk } = aid.criteria.domainCount;
  const duration = answers.yesNo[durationKenmerk];
  // Still possible: the concerns plus the domains not yet known could reach the minimum.
  const open = unknown.length + unanswered.length;
  let six: SixOutcome;
  if (concerns.length >= minimum && duration === 'ja') six = 'past';
  else if (concerns.length + open < minimum || duration === 'nee') six = 'pastNiet';
  else six = 'open';

  const recognised = aid.kenmerken.filter((k) => answers.yesNo[k.id] === 'ja');
  const core = aid.kenmerken.filter((k) => k.core);
  const coreRecognised = core.filter((k) => answers.yesNo[k.id] === 'ja').length;
  const traitOutcome: TraitOutcome =
    core.length > 0 && coreRecognised === core.length ? 'kern' : coreRecognised > 0 ? 'deels' : 'open';

  const scored = aid.types
    .map((t) => ({
      id: t.id,
      yes: t.signals.filter((s) => answers.yesNo[s.id] === 'ja').length,
      priority: t.priority,
    }))
    .filter((t) => t.yes > 0);
  const urgent = scored.filter((t) => t.priority);
  const rest = scored.filter((t) => !t.priority);
  const best = Math.max(0, ...rest.map((t) => t.yes));
  const types = [...urgent, ...rest.filter((t) => t.yes === best)];

  const links = new Map<string, Link & { because: string[] }>();
  const add = (link: Link, because: string) => {
    const known = links.get(link.href);
    if (known) {
      if (!known.because.includes(because)) known.because.push(because);
    } else links.set(link.href, { ...link, because: [because] });
  };
  for (const t of types) {
    const type = aid.types.find((x) => x.id === t.id)!;
    add({ href: type.href, title: type.title, kind: 'Gezinstype' }, type.title);
    for (const link of type.readNext) add(link, type.title);
  }
  for (const d of aid.domains) {
    if (answers.domains[d.id] !== 'zorgen') continue;
    for (const link of d.readNext) add(link, d.title);
  }

  const answered =
    domainIds.length -
    unanswered.length +
    [...aid.kenmerken, ...aid.types.flatMap((t) => t.signals)].filter(
      (q) => answers.yesNo[q.id] !== undefined,
    ).length;
  return {
    answered,
    concerns,
    unknown,
    domainCount: { outcome: six, count: concerns.length, open, minimum, of },
    traits: {
      outcome: traitOutcome,
      recognised: recognised.map((k) => k.id),
      coreRecognised,
      coreTotal: core.length,
    },
    types,
    readNext: [...links.values()],
  };
}

/* ---------- MAGIE ---------- */

export interface DoelenAid {
  kind: 'doelen';
  lettersNote: Said;
  goal: Field;
  letters: { letter: string; word: string; questions: Said[]; advice: Said }[];
  followUpIntro: Said;
  followUp: Said[];
  scale: Field;
  evaluation: Field;
}
export interface Field {
  label: string;
  hint?: string | undefined;
  maxLength?: number | undefined;
  eigenLezing: boolean;
  sources: Source[];
}

/** The key of a letter's question in the answers: "M-0", "A-2". */
export const questionKey = (letter: string, index: number) => `${letter}-${index}`;

export type LetterStatus = 'in-orde' | 'aandacht' | 'open';

export interface DoelenResult {
  letters: { letter: string; status: LetterStatus }[];
  done: number;
}

export function doelenResult(aid: DoelenAid, answers: Record<string, YesNoAnswer | undefined>): DoelenResult {
  const letters = aid.letters.map(({ letter, questions }) => {
    const given = questions.map((_, i) => answers[questionKey(letter, i)]);
    const status: LetterStatus = given.every((a) => a === 'ja')
      ? 'in-orde'
      : given.some((a) => a === 'nee')
        ? 'aandacht'
        : 'open';
    return { letter, status };
  });
  return { letters, done: letters.filter((l) => l.status === 'in-orde').length };
}

export interface TextIssue {
  kind: 'te-lang' | 'opmaak';
  message: string;
}

/**
 * What is wrong with a typed text, in Dutch. The text itself is never changed:
 * too long is said, not cut; pasted markup is said, and shown as plain text.
 */
export function textIssues(value: string, maxLength: number | undefined): TextIssue[] {
  const issues: TextIssue[] = [];
  const length = [...value].length;
  if (maxLength !== undefined && length > maxLength) {
    issues.push({
      kind: 'te-lang',
      message: `Dit is ${length} tekens; het veld is voor ${maxLength}. Maak het ${length - maxLength} tekens korter. Er is niets weggegooid.`,
    });
  }
  if (/<\/?[a-z!][^>]*>/i.test(value)) {
    issues.push({
      kind: 'opmaak',
      message:
        'Er staat opmaak of HTML in de tekst (zoals <b>). Die tonen we als gewone tekens, niet als opmaak.',
    });
  }
  return issues;
}

/* ---------- Reflectie ---------- */

export interface ReflectieAid {
  kind: 'reflectie';
  notAVerdict: Said;
  answers: Said;
  groups: {
    title: string;
    first: boolean;
    text: string;
    sources: Source[];
    criteria: {
      id: string;
      text: string;
      help?: string | undefined;
      element?: Link | undefined;
      dilemma?: Link | undefined;
      eigenLezing: boolean;
      sources: Source[];
    }[];
  }[];
  outcomes: Record<ReflectieOutcome, Said>;
}
export type ReflectieOutcome = 'basisZorg' | 'bespreken' | 'geenZorg' | 'leeg';

export interface ReflectieResult {
  outcome: ReflectieOutcome;
  /** Criteria marked "zorg" or "weet ik nog niet", in list order. */
  toDiscuss: { id: string; answer: ReflectionAnswer }[];
}

export function reflectieResult(
  aid: ReflectieAid,
  answers: Record<string, ReflectionAnswer | undefined>,
): ReflectieResult {
  const all = aid.groups.flatMap((g) => g.criteria.map((c) => ({ id: c.id, first: g.first })));
  const toDiscuss = all
    .filter((c) => answers[c.id] === 'zorg' || answers[c.id] === 'onbekend')
    .map((c) => ({ id: c.id, answer: answers[c.id]! }));
  let outcome: ReflectieOutcome;
  if (all.every((c) => answers[c.id] === undefined)) outcome = 'leeg';
  else if (all.some((c) => c.first && answers[c.id] === 'zorg')) outcome = 'basisZorg';
  else if (toDiscuss.length > 0) outcome = 'bespreken';
  else outcome = 'geenZorg';
  return { outcome, toDiscuss };
}

export type Aid = (VerkennerAid | DoelenAid | ReflectieAid) & {
  id: string;
  title: string;
  summary: string;
  intro: Said;
  werkkaart: Link;
  readNext: Link[];
  sources: Source[];
};
