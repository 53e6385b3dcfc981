/**
 * The closed vocabularies of the content model, with the Dutch labels the site
 * shows. Schemas (src/content.config.ts) and UI both read from here, so a value
 * and its label can never drift apart.
 */

export const FACTORS = ['client', 'interactie', 'professional'] as const;
export type Factor = (typeof FACTORS)[number];
export const FACTOR_LABELS: Record<Factor, string> = {
  client: 'Cliëntfactoren',
  interactie: 'Interactie cliënt–professional',
  professional: 'Professionalfactoren',
};

export const INTERVENTIE_KINDS = ['erkende interventie', 'eigen methodiek', 'werkwijze', 'methode'] as const;
export type InterventieKind = (typeof INTERVENTIE_KINDS)[number];

export const NJI_STATUSES = ['opgenomen', 'niet-vermeld'] as const;
export type NjiStatus = (typeof NJI_STATUSES)[number];
export const NJI_LABELS: Record<NjiStatus, string> = {
  opgenomen: 'In NJi-databank',
  'niet-vermeld': 'Geen NJi-erkenning vermeld',
};

export const SETTINGS = ['ambulant', 'residentieel', 'hybride'] as const;
export type Setting = (typeof SETTINGS)[number];

export const SPEAKER_ROLES = ['ouder', 'hulpverlener', 'verwijzer', 'professional', 'jongere'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];
export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, string> = {
  ouder: 'Ouder',
  hulpverlener: 'Hulpverlener',
  verwijzer: 'Verwijzer',
  professional: 'Professional',
  jongere: 'Jongere',
};

/**
 * document = one of the five source files; literatuur = cited by them;
 * aanvulling = added by the editors (not in the documents), e.g. the 2020 revision of the guideline.
 */
export const SOURCE_KINDS = ['document', 'literatuur', 'aanvulling'] as const;

/** What a block in a session plan is for (src/features/sessie/, /sessie/). */
export const BLOCK_KINDS = [
  'opening',
  'uitleg',
  'dilemma',
  'casus',
  'oefening',
  'citaat',
  'pauze',
  'evaluatie',
  'vrij',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
export const BLOCK_LABELS: Record<BlockKind, string> = {
  opening: 'Opening',
  uitleg: 'Uitleg',
  dilemma: 'Dilemma bespreken',
  casus: 'Casus',
  oefening: 'Oefening',
  citaat: 'Citaat als opener',
  pauze: 'Pauze',
  evaluatie: 'Evaluatie',
  vrij: 'Vrij blok',
};

/**
 * The parts of a dilemma a step of an intervision method can show (its "slots").
 * A method names slots, never a dilemma's fields, so every dilemma — also a
 * future one — fits every method without code changes.
 */
export const INTERVISIE_SLOTS = [
  'dilemma',
  'werkkaart',
  'polen',
  'trekkracht',
  'valkuilen',
  'elementen',
  'vragen',
  'citaten',
] as const;
export type IntervisieSlot = (typeof INTERVISIE_SLOTS)[number];
export const INTERVISIE_SLOT_LABELS: Record<IntervisieSlot, string> = {
  dilemma: 'Het dilemma',
  werkkaart: 'Werkkaart',
  polen: 'De twee kanten',
  trekkracht: 'Wat trekt naar elke kant',
  valkuilen: 'Valkuilen',
  elementen: 'Werkzame elementen',
  vragen: 'Vragen voor de groep',
  citaten: 'Uit de praktijk',
};

/** The roles in an intervision group. */
export const INTERVISIE_ROLES = ['inbrenger', 'facilitator', 'tijdbewaker', 'deelnemers'] as const;
export type IntervisieRole = (typeof INTERVISIE_ROLES)[number];
export const INTERVISIE_ROLE_LABELS: Record<IntervisieRole, string> = {
  inbrenger: 'Inbrenger',
  facilitator: 'Facilitator',
  tijdbewaker: 'Tijdbewaker',
  deelnemers: 'Deelnemers',
};
/**
 * Sections of a werkkaart page a reading route may point into, with the Dutch
 * name the step page shows ("Lees vooral: Spanningsvelden"). The ids are the
 * headings' anchors on the page.
 */
export const WERKKAART_SECTIONS = {
  'in-het-kort': 'In het kort',
  'elementen-kop': 'Werkzame elementen',
  'dilemmas-kop': 'Spanningsvelden',
  'citaten-kop': 'Uit de praktijk',
} as const;
export type WerkkaartSection = keyof typeof WERKKAART_SECTIONS;

/** How a life domain is marked in the Gezinsverkenner (/werkhulpen/). */
export const DOMAIN_ANSWERS = ['zorgen', 'geen', 'onbekend'] as const;
export type DomainAnswer = (typeof DOMAIN_ANSWERS)[number];
export const DOMAIN_ANSWER_LABELS: Record<DomainAnswer, string> = {
  zorgen: 'Zorgen',
  geen: 'Geen zorgen',
  onbekend: 'Weet ik nog niet',
};

/** How a trait, signal or check question is answered in the aids at /werkhulpen/. */
export const YES_NO_ANSWERS = ['ja', 'nee', 'onbekend'] as const;
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];
export const YES_NO_LABELS: Record<YesNoAnswer, string> = {
  ja: 'Ja',
  nee: 'Nee',
  onbekend: 'Weet ik nog niet',
};

/** How a criterion of a reflection list is answered (Goed genoeg ouderschap). */
export const REFLECTION_ANSWERS = ['ja', 'zorg', 'onbekend'] as const;
export type ReflectionAnswer = (typeof REFLECTION_ANSWERS)[number];
export const REFLECTION_LABELS: Record<ReflectionAnswer, string> = {
  ja: 'Zie ik',
  zorg: 'Zorg',
  onbekend: 'Weet ik nog niet',
};
