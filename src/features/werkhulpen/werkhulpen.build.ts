/**
 * Turns content/werkhulpen/ into the props of the aid island: every entry
 * reference becomes a link with its address (entryUrl() via urlOf) and title,
 * every source a title with its locator. The references were checked by the
 * integrity check in loadKnowledge(), which runs first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, loadKnowledge, titleOf, urlOf, summaryOf, type Knowledge } from '../../knowledge/entries';
import { KINDS, isCollectionName } from '../../shared/kinds';
import type { Aid, Link, Said, Source } from './result';

type Entry = CollectionEntry<'werkhulpen'>;
type Ref = { collection: string; id: string };

function shape(aid: Entry, k: Knowledge): Aid {
  const entry = (ref: Ref) => {
    const found = k.get(ref);
    if (!found || !isCollectionName(ref.collection))
      throw new Error(`${aid.filePath}: no entry ${ref.collection}/${ref.id}`);
    return found;
  };
  const link = (ref: Ref): Link => {
    const e = entry(ref);
    return { href: urlOf(e), title: titleOf(e), kind: KINDS[e.collection].label };
  };
  const sources = (list: { bron: Ref; plaats: string }[]): Source[] =>
    list.map((s) => {
      const bron = entry(s.bron);
      return { bron: s.bron.id, title: titleOf(bron), href: urlOf(bron), plaats: s.plaats };
    });
  const said = (s: {
    text: string;
    eigenLezing: boolean;
    sources: { bron: Ref; plaats: string }[];
  }): Said => ({
    text: s.text,
    eigenLezing: s.eigenLezing,
    sources: sources(s.sources),
  });
  const d = aid.data;
  const base = {
    id: aid.id,
    title: d.title,
    summary: d.summary,
    intro: said(d.intro),
    werkkaart: link(d.werkkaart),
    readNext: d.readNext.map(link),
    sources: sources(d.sources),
  };
  const question = (q: (typeof d & { kind: 'verkenner' })['kenmerken'][number]) => ({
    ...q,
    sources: sources(q.sources),
  });
  if (d.kind === 'verkenner') {
    return {
      ...base,
      kind: 'verkenner',
      notADiagnosis: said(d.notADiagnosis),
      domainsIntro: said(d.domainsIntro),
      domains: d.domains.map((x) => {
        const e = entry(x.levensgebied);
        return {
          id: x.levensgebied.id,
          title: titleOf(e),
          href: urlOf(e),
          question: x.question,
          sources: sources(x.sources),
          readNext: x.readNext.map(link),
        };
      }),
      kenmerkenIntro: said(d.kenmerkenIntro),
      kenmerken: d.kenmerken.map(question),
      typesIntro: said(d.typesIntro),
      types: d.types.map((t) => {
        const e = entry(t.gezinstype);
        const elementen = e.collection === 'gezinstypen' ? e.data.elementen : [];
        return {
          id: t.gezinstype.id,
          title: titleOf(e),
          href: urlOf(e),
          summary: summaryOf(e),
          priority: t.priority,
          signals: t.signals.map(question),
          // The type's own elements (an editorial choice, said so on the type page), then the aid's links.
          readNext: [...t.readNext.map(link), ...elementen.map(link)],
        };
      }),
      typeRule: said(d.typeRule),
      criteria: {
        domainCount: { ...d.criteria.domainCount, sources: sources(d.criteria.domainCount.sources) },
        kenmerken: { ...d.criteria.kenmerken, sources: sources(d.criteria.kenmerken.sources) },
      },
    };
  }
  const field = (f: {
    label: string;
    hint?: string | undefined;
    maxLength?: number | undefined;
    eigenLezing: boolean;
    sources: { bron: Ref; plaats: string }[];
  }) => ({
    ...f,
    sources: sources(f.sources),
  });
  if (d.kind === 'doelen') {
    return {
      ...base,
      kind: 'doelen',
      lettersNote: said(d.lettersNote),
      goal: field(d.goal),
      letters: d.letters.map((l) => ({
        letter: l.letter,
        word: l.word,
        questions: l.questions.map(said),
        advice: said(l.advice),
      })),
      followUpIntro: said(d.followUpIntro),
      followUp: d.followUp.map(said),
      scale: field(d.scale),
      evaluation: field(d.evaluation),
    };
  }
  return {
    ...base,
    kind: 'reflectie',
    notAVerdict: said(d.notAVerdict),
    answers: said(d.answers),
    groups: d.groups.map((g) => ({
      title: g.title,
      first: g.first,
      text: g.text,
      sources: sources(g.sources),
      criteria: g.criteria.map((c) => ({
        id: c.id,
        text: c.text,
        help: c.help,
        element: c.element ? link(c.element) : undefined,
        dilemma: c.dilemma ? link(c.dilemma) : undefined,
        eigenLezing: c.eigenLezing,
        sources: sources(c.sources),
      })),
    })),
    outcomes: {
      basisZorg: said(d.outcomes.basisZorg),
      bespreken: said(d.outcomes.bespreken),
      geenZorg: said(d.outcomes.geenZorg),
      leeg: said(d.outcomes.leeg),
    },
  };
}

let loading: Promise<Aid[]> | undefined;

/** Every aid, in the order of their `order` field. */
export function loadAids(): Promise<Aid[]> {
  loading ??= (async () => {
    const knowledge = await loadKnowledge();
    const aids = await getCollection('werkhulpen');
    return aids.sort(byOrder).map((a) => shape(a, knowledge));
  })();
  return loading;
}

/** The aids built from one werkkaart, for the link on its page. */
export async function aidsForWerkkaart(
  werkkaartId: string,
): Promise<{ href: string; title: string; summary: string }[]> {
  const aids = await loadAids();
  return aids
    .filter((a) => a.werkkaart.href.endsWith(`/${werkkaartId}/`))
    .map((a) => ({ href: aidUrl(a.id), title: a.title, summary: a.summary }));
}

export const aidUrl = (id: string) => `/werkhulpen/${id}/`;

/** Every aid as a link under its werkkaart, for the knowledge map on / and /werkkaarten/. */
export async function aidLinks(): Promise<{ werkkaart: string; href: string; title: string }[]> {
  const aids = await loadAids();
  return aids.map((a) => ({ werkkaart: a.werkkaart.href, href: aidUrl(a.id), title: a.title }));
}
