/**
 * Shapes interventions for the comparison (/interventies/vergelijk/) and names
 * the ready-made comparisons the catalogue links to. Build time only.
 */
import type { CollectionEntry } from 'astro:content';
import type { CompareItem, LinkedTitle } from './compare';
import { NJI_LABELS } from '../../shared/vocabulary';
import { titleOf, urlOf, type AnyEntry, type Knowledge } from '../../knowledge/entries';

function linked(knowledge: Knowledge, refs: { collection: string; id: string }[]): LinkedTitle[] {
  return refs.flatMap((ref) => {
    const entry = knowledge.get(ref as Parameters<Knowledge['get']>[0]);
    return entry ? [{ id: entry.id, title: titleOf(entry), url: urlOf(entry) }] : [];
  });
}

/** "T. Berg-le Clercq" → "Berg-le Clercq", "Eline Möller" → "Möller", "Barnhoorn et al." stays. */
function familyName(name: string): string {
  if (/\bet al\.?$/.test(name)) return name;
  const words = name.split(/\s+/);
  const withoutInitials = words.filter((word) => !/^[A-Z]\.$/.test(word));
  if (withoutInitials.length < words.length) return withoutInitials.join(' ');
  return words.at(-1) ?? name;
}

/** "Lamers & Möller (2023)": short enough for a table cell; the full title is on the source's page. */
function shortCitation(entry: AnyEntry | undefined, fallback: string): string {
  if (!entry || entry.collection !== 'bronnen') return fallback;
  // A single author may be an organisation ("Verwey-Jonker Instituut"): keep it whole.
  const names = entry.data.authors.length === 1 ? entry.data.authors : entry.data.authors.map(familyName);
  const who =
    names.length === 0 ? titleOf(entry) : names.length <= 2 ? names.join(' & ') : `${names[0]} e.a.`;
  return entry.data.year ? `${who} (${entry.data.year})` : who;
}

export function toCompareItem(knowledge: Knowledge, entry: CollectionEntry<'interventies'>): CompareItem {
  const d = entry.data;
  const njiSource = knowledge.get(d.nji.source.bron);
  return {
    id: entry.id,
    title: d.title,
    url: urlOf(entry),
    facts: {
      kind: d.kind,
      nji: `${NJI_LABELS[d.nji.status]} — volgens ${shortCitation(njiSource, d.nji.source.bron.id)}, ${d.nji.source.plaats}`,
      targetGroup: d.targetGroup,
      age: d.age,
      duration: d.duration,
      intensity: d.intensity,
      setting: d.setting.join(', ') || undefined,
      distinctive: d.distinctive,
    },
    levensgebieden: linked(knowledge, d.levensgebieden),
    elementen: linked(knowledge, d.elementen),
    sources: d.sources.map((s) => {
      const bron = knowledge.get(s.bron);
      return { title: shortCitation(bron, s.bron.id), plaats: s.plaats };
    }),
  };
}

export interface ReadyComparison {
  /** Its address: /interventies/vergelijk/<slug>/. */
  slug: string;
  title: string;
  /** Why these belong together, and where the grouping comes from. */
  intro: string;
  ids: string[];
}

/**
 * The comparisons professionals ask for most, each grouped as a source groups
 * them. The recognised interventions are those whose NJi status the content
 * gives as `opgenomen`, so a new one joins the comparison by itself.
 */
export function readyComparisons(knowledge: Knowledge): ReadyComparison[] {
  const recognised = knowledge
    .list('interventies')
    .filter((e) => e.data.nji.status === 'opgenomen')
    .map((e) => e.id);
  return [
    {
      slug: 'werkwijzen-ihub',
      title: 'FamilieKracht, GezinTotaal en Gezinsbehandeling',
      intro:
        'De drie werkwijzen van iHUB voor multistressgezinnen, zoals het artikel van Lamers en Möller (2023) ze in tabel 1 naast elkaar zet: ambulant, hybride en residentieel, met vijf werkzame elementen die ze delen.',
      ids: ['familiekracht', 'gezintotaal', 'gezinsbehandeling'],
    },
    {
      slug: 'handboek-interventies',
      title: 'Intensieve Pedagogische Thuishulp, wraparound care en gezinscoaching',
      intro:
        'De drie interventies die de handboekpagina "Wat werkt? Multiprobleemgezinnen" geschikt noemt voor deze gezinnen.',
      ids: ['intensieve-pedagogische-thuishulp', 'wraparound-care', 'gezinscoaching'],
    },
    {
      slug: 'erkende-interventies',
      title: 'De erkende interventies uit het Rotterdamse onderzoek',
      intro:
        'De interventies die volgens het rapport van het Verwey-Jonker Instituut in de gevolgde gezinnen werden gebruikt én zijn opgenomen in de NJi-databank Effectieve Jeugdinterventies.',
      ids: recognised,
    },
  ];
}
