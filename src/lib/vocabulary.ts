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

/** Who is speaking, as a filter choice on /citaten/. */
export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, string> = {
  ouder: 'Ouder',
  hulpverlener: 'Hulpverlener',
  verwijzer: 'Verwijzer',
  professional: 'Professional',
  jongere: 'Jongere',
};

export const SOURCE_KINDS = ['document', 'literatuur'] as const;
