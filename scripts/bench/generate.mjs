// Generates a synthetic content folder shaped like Werkzaam's own content, for
// benchmarks and the generator smoke test. Deterministic: the same size and
// seed always give the same files. Shares: 35 % elementen, 22 % dilemmas,
// 28 % citaten, 8 % interventies, 7 % begrippen, plus the fixed collections
// (7 werkkaarten, 7 levensgebieden, 5 source documents and some literature).
// Bodies have 150–470 words from a vocabulary that grows with the size; every
// entry has 3–6 references (frontmatter and body links), all valid.
//
//   node scripts/bench/generate.mjs <entries> <folder> [seed]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Interventions the site names by id (the ready-made comparisons in
 * src/features/vergelijk/ready.build.ts): the synthetic catalogue must contain them or the build
 * rightly fails. Read from the source, so a new comparison needs no edit here.
 */
function namedInterventions() {
  const file = resolve(import.meta.dirname, '../../src/features/vergelijk/ready.build.ts');
  if (!existsSync(file)) return [];
  const ids = [];
  for (const list of readFileSync(file, 'utf8').matchAll(/ids:\s*\[([^\]]*)\]/g)) {
    for (const id of list[1].matchAll(/'([a-z0-9-]+)'/g)) ids.push(id[1]);
  }
  return [...new Set(ids)];
}

/** mulberry32: a small seeded PRNG, so runs are repeatable. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  'b',
  'd',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'kr',
  'st',
  'sch',
  'gr',
  'vr',
  'bl',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ij', 'ou', 'ui', 'ie', 'oe', 'eu'];
const CODAS = ['', '', 'n', 'r', 'l', 'k', 't', 'st', 'ng', 'rd', 'ns', 'cht'];
const ROLES = ['ouder', 'hulpverlener', 'verwijzer', 'professional', 'jongere'];
const FACTORS = ['client', 'interactie', 'professional'];
const KINDS = ['erkende interventie', 'eigen methodiek', 'werkwijze', 'methode'];
const SETTINGS = ['ambulant', 'residentieel', 'hybride'];

export const SHARES = { elementen: 0.35, dilemmas: 0.22, citaten: 0.28, interventies: 0.08, begrippen: 0.07 };
const SINGULAR = {
  elementen: 'element',
  dilemmas: 'dilemma',
  citaten: 'citaat',
  interventies: 'interventie',
  begrippen: 'begrip',
};

function makeWords(rand, count) {
  const seen = new Set();
  const words = [];
  while (words.length < count) {
    const syllables = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let s = 0; s < syllables; s++) {
      w += ONSETS[Math.floor(rand() * ONSETS.length)] + VOWELS[Math.floor(rand() * VOWELS.length)];
      if (s === syllables - 1 || rand() < 0.3) w += CODAS[Math.floor(rand() * CODAS.length)];
    }
    if (!seen.has(w) && w.length >= 3) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

const yamlString = (s) => JSON.stringify(s);
const list = (ids) => `[${ids.join(', ')}]`;

/** Writes the synthetic collections into `dir` (emptied first). Returns the number of files per collection. */
export function generateSite(dir, total, seed = 1) {
  const rand = random(seed);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const sample = (arr, k) => {
    const out = new Set();
    while (out.size < Math.min(k, arr.length)) out.add(pick(arr));
    return [...out];
  };
  // A vocabulary that grows with the collection, drawn with a Zipf-like skew.
  const vocabulary = makeWords(rand, 1500 + Math.round(total * 0.8));
  const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 2.5)];
  const words = (n) => Array.from({ length: n }, word).join(' ');
  const sentence = (n) => {
    const s = words(n);
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const title = () => sentence(between(2, 6)).slice(0, -1);

  const counts = Object.fromEntries(
    Object.entries(SHARES).map(([c, share]) => [c, Math.max(2, Math.round(total * share))]),
  );
  const ids = {
    werkkaarten: Array.from({ length: 7 }, (_, i) => `werkkaart-${i + 1}`),
    levensgebieden: Array.from({ length: 7 }, (_, i) => `levensgebied-${i + 1}`),
    bronnen: [
      ...Array.from({ length: 5 }, (_, i) => `document-${i + 1}`),
      ...Array.from({ length: 20 }, (_, i) => `literatuur-${i + 1}`),
    ],
  };
  for (const [c, n] of Object.entries(counts)) {
    ids[c] = Array.from({ length: n }, (_, i) => `${SINGULAR[c]}-${String(i + 1).padStart(5, '0')}`);
  }
  const named = namedInterventions();
  ids.interventies = [...named, ...ids.interventies.slice(named.length)];
  const documents = ids.bronnen.slice(0, 5);
  const sources = () =>
    `sources:\n${sample(documents, between(1, 2))
      .map(
        (b) =>
          `  - bron: ${b}\n    plaats: ${yamlString(`Deel ${between(1, 2)}, §${between(1, 5)}.${between(1, 9)}, p. ${between(3, 120)}`)}`,
      )
      .join('\n')}`;
  // Begrippen are named after mid-frequency words, so pages use some of them.
  const begripTitles = new Map(
    ids.begrippen.map((id, i) => [id, vocabulary[40 + ((i * 7) % (vocabulary.length - 40))]]),
  );
  const linkable = ['elementen', 'dilemmas', 'interventies', 'begrippen'];
  const bodyLink = () => {
    const c = pick(linkable);
    return `[${words(between(1, 3))}](/${c}/${pick(ids[c])}/)`;
  };
  const body = (links) => {
    const target = between(150, 470);
    const paragraphs = [];
    let count = 0;
    let pending = links;
    while (count < target) {
      const parts = [];
      for (let s = between(2, 5); s > 0 && count < target; s--) {
        const n = between(8, 20);
        parts.push(sentence(n));
        count += n;
      }
      if (pending > 0) {
        parts.push(`Zie ook ${bodyLink()}.`);
        pending--;
      }
      paragraphs.push(parts.join(' '));
      if (rand() < 0.25) paragraphs.push(`## ${title()}`);
    }
    return paragraphs.join('\n\n');
  };
  const keywords = () =>
    `keywords: ${list(Array.from({ length: between(0, 4) }, () => yamlString(words(between(1, 3)))))}`;

  rmSync(dir, { recursive: true, force: true });
  const write = (collection, id, text) => {
    mkdirSync(join(dir, collection), { recursive: true });
    writeFileSync(join(dir, collection, id), text);
  };
  const mdx = (collection, id, front, links) =>
    write(collection, `${id}.mdx`, `---\n${front.filter(Boolean).join('\n')}\n---\n\n${body(links)}\n`);

  ids.bronnen.forEach((id, i) =>
    write(
      'bronnen',
      `${id}.mdx`,
      `---\ntitle: ${yamlString(title())}\nauthors: []\nyear: ${2000 + i}\nkind: ${i < 5 ? 'document' : 'literatuur'}\nsummary: ${yamlString(sentence(15))}\ncitedIn: ${i < 5 ? '[]' : `[${pick(documents)}]`}\n---\n\n${sentence(30)}\n`,
    ),
  );
  ids.werkkaarten.forEach((id, i) =>
    mdx(
      'werkkaarten',
      id,
      [
        `number: ${i + 1}`,
        `title: ${yamlString(title())}`,
        `shortTitle: ${yamlString(words(2))}`,
        `question: ${yamlString(sentence(12).slice(0, -1) + '?')}`,
        `factor: ${FACTORS[i % 3]}`,
        `summary: ${yamlString(sentence(between(15, 35)))}`,
        keywords(),
        sources(),
      ],
      0,
    ),
  );
  ids.levensgebieden.forEach((id, i) =>
    mdx(
      'levensgebieden',
      id,
      [
        `title: ${yamlString(title())}`,
        `order: ${i + 1}`,
        `summary: ${yamlString(sentence(20))}`,
        keywords(),
        sources(),
      ],
      0,
    ),
  );
  ids.elementen.forEach((id) => {
    const refs = between(3, 6);
    const related = between(0, 1);
    mdx(
      'elementen',
      id,
      [
        `title: ${yamlString(title())}`,
        `summary: ${yamlString(sentence(between(15, 35)))}`,
        `factor: ${pick(FACTORS)}`,
        `theme: ${pick(ids.werkkaarten)}`,
        rand() < 0.5 ? `group: ${yamlString(words(3))}` : '',
        `order: ${between(1, 100)}`,
        `levensgebieden: ${list(sample(ids.levensgebieden, 1))}`,
        `related: ${list(sample(ids.elementen, related).filter((r) => r !== id))}`,
        keywords(),
        sources(),
      ],
      Math.max(0, refs - 2 - related),
    );
  });
  const pole = (label) =>
    `  label: ${yamlString(label)}\n  element: ${pick(ids.elementen)}\n  pull: ${yamlString(sentence(between(10, 20)))}\n  pitfall: ${yamlString(sentence(between(10, 20)))}`;
  ids.dilemmas.forEach((id) => {
    const a = words(2);
    const b = words(2);
    mdx(
      'dilemmas',
      id,
      [
        `title: ${yamlString(`${a} versus ${b}`)}`,
        `summary: ${yamlString(sentence(between(15, 35)))}`,
        `theme: ${pick(ids.werkkaarten)}`,
        `poleA:\n${pole(a)}`,
        `poleB:\n${pole(b)}`,
        `questions:\n${Array.from({ length: between(3, 5) }, () => `  - ${yamlString(sentence(between(8, 14)).slice(0, -1) + '?')}`).join('\n')}`,
        `order: ${between(1, 100)}`,
        keywords(),
        sources(),
      ],
      between(0, 3),
    );
  });
  ids.interventies.forEach((id) => {
    mdx(
      'interventies',
      id,
      [
        `title: ${yamlString(title())}`,
        `summary: ${yamlString(sentence(between(15, 35)))}`,
        `kind: ${pick(KINDS)}`,
        `nji:\n  status: ${rand() < 0.4 ? 'opgenomen' : 'niet-vermeld'}\n  source:\n    bron: ${pick(documents)}\n    plaats: "p. ${between(1, 90)}"`,
        rand() < 0.7 ? `targetGroup: ${yamlString(sentence(6))}` : '',
        `setting: ${list(sample(SETTINGS, between(0, 2)))}`,
        `levensgebieden: ${list(sample(ids.levensgebieden, between(1, 2)))}`,
        `elementen: ${list(sample(ids.elementen, between(1, 2)))}`,
        keywords(),
        sources(),
      ],
      between(0, 2),
    );
  });
  ids.begrippen.forEach((id) => {
    mdx(
      'begrippen',
      id,
      [
        `title: ${yamlString(begripTitles.get(id))}`,
        `summary: ${yamlString(sentence(between(10, 20)))}`,
        `related: ${list(sample(ids.begrippen, between(1, 2)).filter((r) => r !== id))}`,
        keywords(),
        sources(),
      ],
      between(1, 3),
    );
  });
  for (let i = 1; i <= 3; i++) {
    mdx(
      'gezinstypen',
      `gezinstype-${i}`,
      [
        `title: ${yamlString(title())}`,
        `order: ${i}`,
        `summary: ${yamlString(sentence(15))}`,
        `needs: ${yamlString(sentence(15))}`,
        `elementen: ${list(sample(ids.elementen, 3))}`,
        keywords(),
        sources(),
      ],
      1,
    );
    mdx(
      'casussen',
      `casus-${i}`,
      [
        `title: ${yamlString(title())}`,
        `summary: ${yamlString(sentence(20))}`,
        `questions:\n${Array.from({ length: 3 }, () => `  - ${yamlString(sentence(10).slice(0, -1) + '?')}`).join('\n')}`,
        `levensgebieden: ${list(sample(ids.levensgebieden, 2))}`,
        `elementen: ${list(sample(ids.elementen, 2))}`,
        keywords(),
        sources(),
      ],
      1,
    );
  }
  ids.citaten.forEach((id) => {
    write(
      'citaten',
      `${id}.yaml`,
      [
        `text: ${yamlString(sentence(between(15, 60)))}`,
        `role: ${pick(ROLES)}`,
        rand() < 0.6 ? `context: ${yamlString(sentence(between(5, 12)).slice(0, -1))}` : '',
        `theme: ${pick(ids.werkkaarten)}`,
        `elementen: ${list(sample(ids.elementen, between(1, 2)))}`,
        `dilemmas: ${list(sample(ids.dilemmas, between(0, 2)))}`,
        `source:\n  bron: ${pick(documents)}\n  plaats: "p. ${between(1, 120)}"`,
      ]
        .filter(Boolean)
        .join('\n') + '\n',
    );
  });
  return {
    ...Object.fromEntries(Object.entries(ids).map(([c, list]) => [c, list.length])),
    gezinstypen: 3,
    casussen: 3,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size, dir, seed] = process.argv.slice(2);
  if (!size || !dir) {
    console.error('Usage: node scripts/bench/generate.mjs <entries> <folder> [seed]');
    process.exit(1);
  }
  console.log(generateSite(dir, Number(size), Number(seed ?? 1)));
}
