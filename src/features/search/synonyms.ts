/**
 * Everyday words professionals type, and the words our texts use for the same
 * thing. Pagefind's Dutch stemmer knows word forms, not meaning: "schulden"
 * stems to "schuld" and so lands on the dilemma about blaming others, and
 * "spijbelen" never meets "school". Each word here adds one extra search, weighed
 * a little below the words actually typed. Keep it small and measured: every
 * line answers a question in tests/e2e/search-questions.ts.
 */

const SYNONYMS: Record<string, readonly string[]> = {
  // Money worries and debts (not "schuld" as in blame).
  schulden: ['geldzorgen', 'armoede'],
  geldproblemen: ['schulden', 'geldzorgen'],
  geldzorgen: ['schulden'],
  aanmaning: ['schulden', 'geldzorgen'],
  aanmaningen: ['schulden', 'geldzorgen'],
  deurwaarder: ['schulden', 'huisuitzetting'],
  huur: ['huisuitzetting', 'geldzorgen'],
  rekeningen: ['schulden', 'geldzorgen'],
  // Anger and threats.
  boos: ['agressie'],
  woedend: ['agressie'],
  bedreigt: ['agressie'],
  bedreigen: ['agressie'],
  dreigt: ['agressie'],
  agressief: ['agressie'],
  agressieve: ['agressie'],
  // School.
  spijbelt: ['school', 'schoolverzuim'],
  spijbelen: ['school', 'schoolverzuim'],
  schoolverzuim: ['school'],
  // Family who could help.
  opa: ['familie', 'netwerk'],
  oma: ['familie', 'netwerk'],
  grootouders: ['familie', 'netwerk'],
  grootouder: ['familie', 'netwerk'],
  // Mental health of a parent.
  psychisch: ['psychische problemen', 'ggz'],
  psychische: ['ggz'],
  psychiatrisch: ['psychische problemen', 'psychiatrie'],
  psychiatrische: ['psychische problemen', 'psychiatrie'],
  depressief: ['psychische problemen', 'ggz'],
  depressie: ['psychische problemen', 'ggz'],
  // A house in chaos.
  puinhoop: ['opruimen', 'huishouden', 'chaos'],
  rommel: ['opruimen', 'huishouden'],
  troep: ['opruimen', 'huishouden'],
  // A family that keeps the door shut or wants no help.
  deur: ['zorgmijders', 'outreachend'],
  boot: ['hulp afwijzen', 'zorgmijden'],
  // Appointments cancelled ("zegt de afspraak af": Dutch splits the verb).
  'zegt+afspraak': ['afzeggen'],
  'zegt+afspraken': ['afzeggen'],
  // Too many care workers, no one in charge.
  instanties: ['veel hulpverleners', 'regie'],
  tien: ['veel hulpverleners'],
};

// A key "a+b" applies only when the question has both words.
function applies(key: string, words: ReadonlySet<string>): boolean {
  return key.split('+').every((part) => words.has(part));
}

export interface WeightedTerm {
  text: string;
  weight: number;
}

/** How much an added word counts against a word that was typed (1). */
export const SYNONYM_WEIGHT = 0.8;

/**
 * The extra searches for the meaningful words of a question (from termsOf), without
 * words the question already has. At most `limit`, so a long question stays cheap.
 */
export function synonymsFor(terms: readonly string[], limit = 6): WeightedTerm[] {
  const words = new Set(terms);
  const seen = new Set(terms);
  const out: WeightedTerm[] = [];
  for (const [key, texts] of Object.entries(SYNONYMS)) {
    if (!applies(key, words)) continue;
    for (const text of texts) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, weight: SYNONYM_WEIGHT });
    }
  }
  return out.slice(0, limit);
}
