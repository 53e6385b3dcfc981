/**
 * How each collection presents itself: Dutch names, URL and accent. One place,
 * so badges, cards, lists and search results use the same words and colours.
 */

export const COLLECTIONS = [
  'werkkaarten',
  'elementen',
  'dilemmas',
  'interventies',
  'citaten',
  'casussen',
  'begrippen',
  'bronnen',
  'levensgebieden',
  'gezinstypen',
  'intervisiemethoden',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface Kind {
  /** Singular, as a badge: "Werkkaart". */
  label: string;
  /** Plural, as a heading: "Werkkaarten". */
  plural: string;
  /** Index page. */
  path: string;
  /** CSS accent name; see --accent-* in src/styles/global.css. */
  accent: 'werkkaart' | 'element' | 'dilemma' | 'interventie' | 'neutral';
  /** One line under the index heading. */
  intro: string;
}

export const KINDS: Record<CollectionName, Kind> = {
  werkkaarten: {
    label: 'Werkkaart',
    plural: 'Werkkaarten',
    path: '/werkkaarten/',
    accent: 'werkkaart',
    intro: 'De zeven werkkaarten van de Richtlijn Multiprobleemgezinnen, geordend volgens het IWF-model.',
  },
  elementen: {
    label: 'Werkzaam element',
    plural: 'Werkzame elementen',
    path: '/elementen/',
    accent: 'element',
    intro: 'Wat werkt in de hulp aan multiprobleemgezinnen, volgens gezinnen, hulpverleners en onderzoek.',
  },
  dilemmas: {
    label: 'Dilemma',
    plural: "Dilemma's",
    path: '/dilemmas/',
    accent: 'dilemma',
    intro: 'Spanningsvelden in het werk: twee kanten die allebei waar zijn. Om samen te bespreken.',
  },
  interventies: {
    label: 'Interventie',
    plural: 'Interventies',
    path: '/interventies/',
    accent: 'interventie',
    intro: 'Erkende interventies, eigen methodieken en werkwijzen uit de bronnen.',
  },
  citaten: {
    label: 'Citaat',
    plural: 'Citaten',
    path: '/citaten/',
    accent: 'neutral',
    intro: 'Wat ouders en professionals zelf zeggen, letterlijk uit de bronnen.',
  },
  casussen: {
    label: 'Casus',
    plural: 'Casussen',
    path: '/casussen/',
    accent: 'neutral',
    intro: 'Geanonimiseerde gezinssituaties om mee te oefenen, met vragen voor de groep.',
  },
  begrippen: {
    label: 'Begrip',
    plural: 'Begrippen',
    path: '/begrippen/',
    accent: 'neutral',
    intro: 'De woorden die je in dit werk tegenkomt, kort en in gewone taal uitgelegd.',
  },
  bronnen: {
    label: 'Bron',
    plural: 'Bronnen',
    path: '/bronnen/',
    accent: 'neutral',
    intro: 'De documenten waarop Werkzaam is gebouwd, en de literatuur die zij aanhalen.',
  },
  levensgebieden: {
    label: 'Levensgebied',
    plural: 'Levensgebieden',
    path: '/levensgebieden/',
    accent: 'neutral',
    intro: 'De zeven levensgebieden waarop multistressgezinnen problemen ervaren.',
  },
  gezinstypen: {
    label: 'Gezinstype',
    plural: 'Gezinstypen',
    path: '/gezinstypen/',
    accent: 'neutral',
    intro: 'Vijf soorten gezinnen, naar de hulp die zij nodig hebben (typologie voor wijkteams).',
  },
  intervisiemethoden: {
    label: 'Intervisiemethode',
    plural: 'Intervisiemethoden',
    path: '/intervisiemethoden/',
    accent: 'neutral',
    intro:
      'Bekende werkvormen voor intervisie, stap voor stap, in eigen woorden. Ze komen uit de algemene literatuur, niet uit de vijf bronnen van Werkzaam.',
  },
};

export function entryUrl(collection: CollectionName, id: string): string {
  return `${KINDS[collection].path}${id}/`;
}

/** How many words of a quote make its title. */
const QUOTE_TITLE_WORDS = 10;

/**
 * A quote has no title of its own: in lists, previews and search it is known by
 * its opening words ("“Je zoekt naar iets waar het gezin wat aan heeft…”"), so
 * twenty quotes of parents do not all read "Citaat van een ouder".
 */
export function quoteTitle(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const opening = words
    .slice(0, QUOTE_TITLE_WORDS)
    .join(' ')
    .replace(/[\s,;:–—-]+$/u, '');
  return `“${opening}${words.length > QUOTE_TITLE_WORDS ? '…' : ''}”`;
}

/** The accent of a kind by its badge label ("Dilemma" → 'dilemma'), for search filters and results. */
export function accentForLabel(label: string): Kind['accent'] {
  return Object.values(KINDS).find((kind) => kind.label === label)?.accent ?? 'neutral';
}

export function isCollectionName(value: string): value is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(value);
}

/** Collections whose index page is the generic card list (the others have their own page). */
export const GENERIC_INDEXES = [
  'casussen',
  'begrippen',
  'bronnen',
  'levensgebieden',
  'gezinstypen',
  'intervisiemethoden',
] as const satisfies readonly CollectionName[];
