/**
 * The entry-page data step: everything one entry's page shows, worked out from
 * the entry and the loaded knowledge. Pure (no Astro runtime), so it is
 * unit-tested with a small fake knowledge base; [id].astro and the components
 * in src/components/entry/ only render what this returns. URLs come only from
 * entryUrl() (through urlOf), labels only from vocabulary.ts and kinds.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { COLLECTIONS, KINDS, type CollectionName, type Kind } from '../../shared/kinds';
import type { EntryRef } from '../refs';
import { FACTOR_LABELS, NJI_LABELS, SPEAKER_ROLE_LABELS, type Factor } from '../../shared/vocabulary';
import { INLINE_LIMIT } from '../paginate';
import { moreLink, themeEntries, type MoreLink } from './theme-lists';
import { sortEntries, summaryOf, titleOf, urlOf, type AnyEntry, type Knowledge } from '../knowledge';

/** A link to an entry, with what its preview shows. */
export interface LinkView {
  title: string;
  url: string;
  summary: string;
  /** Unique per entry ("elementen-luisteren"); the base of its preview's id. */
  key: string;
}

export interface QuoteView {
  text: string;
  roleLabel: string;
  context: string | undefined;
  url: string;
}

export interface PoleView {
  side: 'A' | 'B';
  label: string;
  pull: string;
  pitfall: string;
  element: LinkView | undefined;
}

export interface TensionView {
  dilemma: LinkView;
  poles: [PoleView, PoleView];
}

export interface RelatedGroup {
  collection: CollectionName;
  heading: string;
  /** Long groups (a source named by hundreds of entries) are folded and shown without previews. */
  folded: boolean;
  items: LinkView[];
}

export interface RelatedSection {
  id: 'zie-ook' | 'genoemd-in';
  heading: string;
  groups: RelatedGroup[];
}

export interface SourceView {
  title: string;
  url: string | undefined;
  plaats: string;
}

export interface SearchView {
  /** Pagefind filters as [name, value]. */
  filters: [string, string][];
  type: string;
  accent: Kind['accent'];
  keywords: string[];
}

export interface FactorView {
  label: string;
  url: string;
}

export interface WerkkaartView {
  number: number;
  question: string;
  factor: FactorView;
  reportTheme: string | undefined;
  elementCount: number;
  /** The first INLINE_LIMIT elements, by group; the rest are on the werkkaart's element list pages. */
  elementGroups: { group: string; items: LinkView[] }[];
  moreElements: MoreLink | undefined;
  /** The first INLINE_LIMIT dilemmas as tension pairs. */
  dilemmas: TensionView[];
  dilemmaCount: number;
  moreDilemmas: MoreLink | undefined;
}

export interface ElementView {
  factor: FactorView;
  theme: LinkView | undefined;
  group: string | undefined;
  /** Every dilemma in which this element is a pole, with the opposite pole. */
  poles: { dilemma: LinkView; own: string; other: string; otherElement: LinkView | undefined }[];
}

export interface DilemmaView {
  /** For the "Bespreek in intervisie" link. */
  id: string;
  theme: LinkView | undefined;
  tension: TensionView;
}

export interface InterventieView {
  /** For the "Vergelijk" toggle. */
  id: string;
  title: string;
  nji: { status: 'opgenomen' | 'niet-vermeld'; label: string; source: string; plaats: string };
  facets: { label: string; value: string | undefined }[];
}

export interface EntryPage {
  collection: CollectionName;
  kind: Kind;
  title: string;
  /** The page's h1: the title, or for a quote who says it. */
  heading: string;
  summary: string;
  url: string;
  /** A quote's own page shows the quote itself. */
  quote: QuoteView | undefined;
  werkkaart: WerkkaartView | undefined;
  element: ElementView | undefined;
  dilemma: DilemmaView | undefined;
  interventie: InterventieView | undefined;
  /** Gezinstypen: what these families need. */
  needs: string | undefined;
  /** Questions for a group (dilemmas and casussen). */
  questions: string[];
  /** Quotes that point to this entry, in reading order. */
  quotes: QuoteView[];
  /** Glossary terms the page uses (at most GLOSSARY_LIMIT), in order of first use. */
  glossary: LinkView[];
  search: SearchView;
  related: RelatedSection[];
  sources: SourceView[];
}

/** Groups longer than this are folded and shown without previews. */
export const LONG_GROUP = 15;
/** The glossary box explains at most this many terms: a page, not a dictionary. */
export const GLOSSARY_LIMIT = 8;

export function linkOf(entry: AnyEntry): LinkView {
  return {
    title: titleOf(entry),
    url: urlOf(entry),
    summary: summaryOf(entry),
    key: `${entry.collection}-${entry.id}`,
  };
}

export function quoteOf(quote: CollectionEntry<'citaten'>): QuoteView {
  return {
    text: quote.data.text,
    roleLabel: SPEAKER_ROLE_LABELS[quote.data.role],
    context: quote.data.context,
    url: urlOf(quote),
  };
}

/** Where the IWF factor groups are explained: their section on the elementen index. */
export function factorOf(factor: Factor): FactorView {
  return { label: FACTOR_LABELS[factor], url: `${KINDS.elementen.path}#${factor}` };
}

function linkTo(knowledge: Knowledge, ref: EntryRef | undefined): LinkView | undefined {
  const entry = ref ? knowledge.get(ref) : undefined;
  return entry ? linkOf(entry) : undefined;
}

export function tensionOf(dilemma: CollectionEntry<'dilemmas'>, knowledge: Knowledge): TensionView {
  const pole = (side: 'A' | 'B'): PoleView => {
    const p = side === 'A' ? dilemma.data.poleA : dilemma.data.poleB;
    return { side, label: p.label, pull: p.pull, pitfall: p.pitfall, element: linkTo(knowledge, p.element) };
  };
  return { dilemma: linkOf(dilemma), poles: [pole('A'), pole('B')] };
}

function resolveAll(knowledge: Knowledge, refs: EntryRef[]): AnyEntry[] {
  return refs.map((r) => knowledge.get(r)).filter((e): e is AnyEntry => e !== undefined);
}

/** What an entry links to ("Hangt samen met") and what links to it ("Genoemd in"), grouped by kind. */
export function relatedOf(entry: AnyEntry, knowledge: Knowledge): RelatedSection[] {
  // Shown elsewhere on the page: quotes under "Uit de praktijk", a card's elements and dilemmas in its detail.
  const shown: CollectionName[] =
    entry.collection === 'werkkaarten' ? ['citaten', 'elementen', 'dilemmas'] : ['citaten'];
  const group = (entries: AnyEntry[]): RelatedGroup[] =>
    COLLECTIONS.filter((c) => c !== 'bronnen' && !shown.includes(c)).flatMap((c) => {
      const items = sortEntries(entries.filter((e) => e.collection === c)).map(linkOf);
      if (items.length === 0) return [];
      return [{ collection: c, heading: KINDS[c].plural, folded: items.length > LONG_GROUP, items }];
    });
  const sections: RelatedSection[] = [
    {
      id: 'zie-ook',
      heading: 'Hangt samen met',
      groups: group(resolveAll(knowledge, knowledge.graph.outgoing(entry))),
    },
    {
      id: 'genoemd-in',
      heading: 'Genoemd in',
      groups: group(resolveAll(knowledge, knowledge.graph.incoming(entry))),
    },
  ];
  return sections.filter((s) => s.groups.length > 0);
}

/** The text the glossary is matched against: what the reader sees of the entry itself. */
function glossaryText(entry: AnyEntry): string {
  if (entry.collection === 'citaten') return entry.body ?? '';
  return [entry.data.title, entry.data.summary, entry.body ?? ''].join('\n');
}

export function glossaryOf(entry: AnyEntry, knowledge: Knowledge): LinkView[] {
  const own = entry.collection === 'begrippen' ? entry.id : undefined;
  return knowledge.glossary
    .find(glossaryText(entry), own)
    .slice(0, GLOSSARY_LIMIT)
    .flatMap((id) => {
      const link = linkTo(knowledge, { collection: 'begrippen', id });
      return link ? [link] : [];
    });
}

interface Facets {
  theme?: EntryRef | undefined;
  factor?: Factor;
  levensgebieden?: EntryRef[];
  nji?: { status: keyof typeof NJI_LABELS };
  keywords?: string[];
}

/** What Pagefind files the page under: its kind and facets as filters, and its keywords. */
export function searchOf(entry: AnyEntry, knowledge: Knowledge): SearchView {
  const data = entry.data as Facets;
  const kind = KINDS[entry.collection];
  const filters: [string, string][] = [['type', kind.label]];
  const theme =
    entry.collection === 'werkkaarten' ? entry : data.theme ? knowledge.get(data.theme) : undefined;
  if (theme?.collection === 'werkkaarten') {
    filters.push(['werkkaart', `${theme.data.number}. ${theme.data.shortTitle}`]);
  }
  if (data.factor) filters.push(['factor', FACTOR_LABELS[data.factor]]);
  for (const domain of resolveAll(knowledge, data.levensgebieden ?? [])) {
    filters.push(['levensgebied', titleOf(domain)]);
  }
  if (data.nji) filters.push(['erkenning', NJI_LABELS[data.nji.status]]);
  return { filters, type: kind.label, accent: kind.accent, keywords: data.keywords ?? [] };
}

export function sourcesOf(entry: AnyEntry, knowledge: Knowledge): SourceView[] {
  const refs =
    'sources' in entry.data ? entry.data.sources : 'source' in entry.data ? [entry.data.source] : [];
  return refs.map(({ bron, plaats }) => {
    const source = knowledge.get(bron);
    return { title: source ? titleOf(source) : bron.id, url: source ? urlOf(source) : undefined, plaats };
  });
}

function werkkaartOf(card: CollectionEntry<'werkkaarten'>, knowledge: Knowledge): WerkkaartView {
  const elements = themeEntries(knowledge, 'elementen', card.id);
  const dilemmas = themeEntries(knowledge, 'dilemmas', card.id);
  const groups = new Map<string, LinkView[]>();
  for (const element of elements.slice(0, INLINE_LIMIT)) {
    const key = element.data.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), linkOf(element)]);
  }
  return {
    number: card.data.number,
    question: card.data.question,
    factor: factorOf(card.data.factor),
    reportTheme: card.data.reportTheme,
    elementCount: elements.length,
    elementGroups: [...groups].map(([group, items]) => ({ group, items })),
    moreElements: moreLink('elementen', card.id, elements.length),
    dilemmas: dilemmas.slice(0, INLINE_LIMIT).map((d) => tensionOf(d, knowledge)),
    dilemmaCount: dilemmas.length,
    moreDilemmas: moreLink('dilemmas', card.id, dilemmas.length),
  };
}

function elementOf(element: CollectionEntry<'elementen'>, knowledge: Knowledge): ElementView {
  return {
    factor: factorOf(element.data.factor),
    theme: linkTo(knowledge, element.data.theme),
    group: element.data.group,
    poles: knowledge.dilemmasWithPole(element.id).map((dilemma) => {
      const aIsOwn = dilemma.data.poleA.element?.id === element.id;
      const [own, other] = aIsOwn
        ? [dilemma.data.poleA, dilemma.data.poleB]
        : [dilemma.data.poleB, dilemma.data.poleA];
      return {
        dilemma: linkOf(dilemma),
        own: own.label,
        other: other.label,
        otherElement: linkTo(knowledge, other.element),
      };
    }),
  };
}

function interventieOf(entry: CollectionEntry<'interventies'>, knowledge: Knowledge): InterventieView {
  const d = entry.data;
  const njiSource = knowledge.get(d.nji.source.bron);
  const domains = resolveAll(knowledge, d.levensgebieden).map(titleOf);
  return {
    id: entry.id,
    title: d.title,
    nji: {
      status: d.nji.status,
      label: NJI_LABELS[d.nji.status],
      source: njiSource ? titleOf(njiSource) : d.nji.source.bron.id,
      plaats: d.nji.source.plaats,
    },
    facets: [
      { label: 'Soort', value: d.kind },
      { label: 'Doelgroep', value: d.targetGroup },
      { label: 'Leeftijd', value: d.age },
      { label: 'Duur', value: d.duration },
      { label: 'Intensiteit', value: d.intensity },
      { label: 'Setting', value: d.setting.join(', ') || undefined },
      { label: 'Levensgebieden', value: domains.join(', ') || undefined },
    ],
  };
}

/** Everything the page of `entry` shows. */
export function entryPage(entry: AnyEntry, knowledge: Knowledge): EntryPage {
  const quotes = sortEntries(
    resolveAll(knowledge, knowledge.graph.incoming(entry)).filter(
      (e): e is CollectionEntry<'citaten'> => e.collection === 'citaten',
    ),
  ).map(quoteOf);
  const title = titleOf(entry);
  return {
    collection: entry.collection,
    kind: KINDS[entry.collection],
    title,
    heading:
      entry.collection === 'citaten'
        ? `Citaat van een ${SPEAKER_ROLE_LABELS[entry.data.role].toLowerCase()}`
        : title,
    summary: summaryOf(entry),
    url: urlOf(entry),
    quote: entry.collection === 'citaten' ? quoteOf(entry) : undefined,
    werkkaart: entry.collection === 'werkkaarten' ? werkkaartOf(entry, knowledge) : undefined,
    element: entry.collection === 'elementen' ? elementOf(entry, knowledge) : undefined,
    dilemma:
      entry.collection === 'dilemmas'
        ? { id: entry.id, theme: linkTo(knowledge, entry.data.theme), tension: tensionOf(entry, knowledge) }
        : undefined,
    interventie: entry.collection === 'interventies' ? interventieOf(entry, knowledge) : undefined,
    needs: entry.collection === 'gezinstypen' ? entry.data.needs : undefined,
    questions: entry.collection === 'dilemmas' || entry.collection === 'casussen' ? entry.data.questions : [],
    quotes,
    glossary: glossaryOf(entry, knowledge),
    search: searchOf(entry, knowledge),
    related: relatedOf(entry, knowledge),
    sources: sourcesOf(entry, knowledge),
  };
}
