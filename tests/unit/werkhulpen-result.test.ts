import { describe, expect, it } from 'vitest';
import {
  doelenResult,
  questionKey,
  reflectieResult,
  textIssues,
  verkennerResult,
  type DoelenAid,
  type ReflectieAid,
  type VerkennerAid,
} from '../../src/features/werkhulpen/result';

const said = { text: 't', eigenLezing: false, sources: [] };
const q = (id: string, core = false) => ({ id, question: id, core, eigenLezing: false, sources: [] });
const link = (href: string) => ({ href, title: href, kind: 'Werkkaart' });
const domains = ['kind', 'ouders', 'opvoeding', 'gezin', 'geld', 'omgeving', 'hulp'];

const verkenner: VerkennerAid = {
  kind: 'verkenner',
  notADiagnosis: said,
  domainsIntro: said,
  domains: domains.map((id) => ({
    id,
    title: id,
    href: `/l/${id}/`,
    question: id,
    sources: [],
    readNext: [link(`/w/${id}/`)],
  })),
  kenmerkenIntro: said,
  kenmerken: [q('langdurig', true), q('verweven', true), q('hulp-afwijzen', true), q('golven')],
  typesIntro: said,
  types: [
    {
      id: 'basis',
      title: 'Basis op orde',
      href: '/g/basis/',
      summary: '',
      priority: false,
      signals: [q('b1'), q('b2')],
      readNext: [link('/w/basis/')],
    },
    {
      id: 'pols',
      title: 'Vinger aan de pols',
      href: '/g/pols/',
      summary: '',
      priority: false,
      signals: [q('p1'), q('p2')],
      readNext: [],
    },
    {
      id: 'op',
      title: 'Opschaling',
      href: '/g/op/',
      summary: '',
      priority: true,
      signals: [q('o1'), q('o2')],
      readNext: [],
    },
  ],
  typeRule: said,
  criteria: {
    domainCount: {
      minimum: 6,
      of: 7,
      durationKenmerk: 'langdurig',
      label: '',
      text: '',
      outcomes: { past: '', open: '', pastNiet: '' },
      sources: [],
    },
    kenmerken: { label: '', text: '', outcomes: { kern: '', deels: '', open: '' }, sources: [] },
  },
};
const marked = (n: number, rest: 'geen' | 'onbekend' | undefined = 'geen') =>
  Object.fromEntries(domains.map((d, i) => [d, i < n ? ('zorgen' as const) : rest]));

describe('the Gezinsverkenner result', () => {
  it('fits the six-of-seven reading with six domains of concern and long-lasting problems', () => {
    const r = verkennerResult(verkenner, { domains: marked(6), yesNo: { langdurig: 'ja' } });
    expect(r.domainCount).toMatchObject({ outcome: 'past', count: 6, minimum: 6 });
  });

  it('does not fit it with five domains and the rest without concerns, nor when the problems are not long-lasting', () => {
    expect(
      verkennerResult(verkenner, { domains: marked(5), yesNo: { langdurig: 'ja' } }).domainCount.outcome,
    ).toBe('pastNiet');
    expect(
      verkennerResult(verkenner, { domains: marked(7), yesNo: { langdurig: 'nee' } }).domainCount.outcome,
    ).toBe('pastNiet');
  });

  it('stays open while unknown domains could still reach six, or the duration is not known', () => {
    expect(
      verkennerResult(verkenner, { domains: marked(4, 'onbekend'), yesNo: { langdurig: 'ja' } }).domainCount
        .outcome,
    ).toBe('open');
    expect(verkennerResult(verkenner, { domains: marked(6), yesNo: {} }).domainCount.outcome).toBe('open');
  });

  it('reads the traits by the three core ones of the report: all, some or none', () => {
    const yes = { langdurig: 'ja', verweven: 'ja', 'hulp-afwijzen': 'ja' } as const;
    expect(verkennerResult(verkenner, { domains: {}, yesNo: yes }).traits.outcome).toBe('kern');
    expect(
      verkennerResult(verkenner, { domains: {}, yesNo: { verweven: 'ja', golven: 'ja' } }).traits,
    ).toMatchObject({ outcome: 'deels', coreRecognised: 1, recognised: ['verweven', 'golven'] });
    expect(verkennerResult(verkenner, { domains: {}, yesNo: { golven: 'ja' } }).traits.outcome).toBe('open');
  });

  it('names the type with most signals, both on a tie, and puts opschaling first whenever one of its signals is yes', () => {
    expect(
      verkennerResult(verkenner, { domains: {}, yesNo: { b1: 'ja', b2: 'ja', p1: 'ja' } }).types.map(
        (t) => t.id,
      ),
    ).toEqual(['basis']);
    expect(
      verkennerResult(verkenner, { domains: {}, yesNo: { b1: 'ja', p1: 'ja' } }).types.map((t) => t.id),
    ).toEqual(['basis', 'pols']);
    expect(
      verkennerResult(verkenner, { domains: {}, yesNo: { b1: 'ja', b2: 'ja', o2: 'ja' } }).types.map(
        (t) => t.id,
      ),
    ).toEqual(['op', 'basis']);
    expect(verkennerResult(verkenner, { domains: {}, yesNo: { b1: 'nee' } }).types).toEqual([]);
  });

  it('lists what to read next for the type and the marked domains, each once, saying why', () => {
    const r = verkennerResult(verkenner, {
      domains: { kind: 'zorgen', ouders: 'geen' },
      yesNo: { b1: 'ja' },
    });
    expect(r.readNext.map((l) => l.href)).toEqual(['/g/basis/', '/w/basis/', '/w/kind/']);
    expect(r.readNext[2]!.because).toEqual(['kind']);
  });
});

describe('the MAGIE check', () => {
  const aid = {
    kind: 'doelen',
    letters: [
      { letter: 'M', word: 'Meetbaar', questions: [said, said], advice: said },
      { letter: 'A', word: 'Acceptabel', questions: [said], advice: said },
      { letter: 'G', word: 'Gecommuniceerd', questions: [said], advice: said },
    ],
  } as unknown as DoelenAid;

  it('marks a letter in order when every question is yes, for attention on a no, open otherwise', () => {
    const r = doelenResult(aid, {
      [questionKey('M', 0)]: 'ja',
      [questionKey('M', 1)]: 'ja',
      'A-0': 'nee',
      'G-0': 'onbekend',
    });
    expect(r.letters.map((l) => l.status)).toEqual(['in-orde', 'aandacht', 'open']);
    expect(r.done).toBe(1);
  });

  it('says a goal is too long without cutting it, and that pasted markup shows as text', () => {
    expect(textIssues('kort doel', 300)).toEqual([]);
    const long = textIssues('x'.repeat(310), 300);
    expect(long[0]!.message).toContain('310 tekens');
    expect(long[0]!.message).toContain('10 tekens korter');
    expect(textIssues('<b>Naar school</b>', 300).map((i) => i.kind)).toEqual(['opmaak']);
    expect(textIssues('3 < 5 en 6 > 4', 300)).toEqual([]);
  });
});

describe('the reflection list', () => {
  const aid = {
    kind: 'reflectie',
    groups: [
      {
        title: 'Basis',
        first: true,
        text: '',
        sources: [],
        criteria: [{ id: 'veilig' }, { id: 'verzorging' }],
      },
      { title: 'Opvoeding', first: false, text: '', sources: [], criteria: [{ id: 'affectie' }] },
    ],
  } as unknown as ReflectieAid;

  it('leads with the basis when safety or care is a concern, else lists the points to discuss', () => {
    expect(reflectieResult(aid, {}).outcome).toBe('leeg');
    expect(reflectieResult(aid, { veilig: 'zorg', affectie: 'ja' }).outcome).toBe('basisZorg');
    const r = reflectieResult(aid, { veilig: 'ja', verzorging: 'ja', affectie: 'onbekend' });
    expect(r).toEqual({ outcome: 'bespreken', toDiscuss: [{ id: 'affectie', answer: 'onbekend' }] });
    expect(reflectieResult(aid, { veilig: 'ja', verzorging: 'ja', affectie: 'ja' }).outcome).toBe('geenZorg');
  });
});
