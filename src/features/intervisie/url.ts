/**
 * The intervision choice in the address bar: /intervisie/?dilemma=…&methode=…&stap=…
 * so a facilitator can send the link ahead and the back button works. Anything
 * else a link carries (a typo, an old id, a hostile value) becomes a Dutch
 * message and the chooser, never a blank page.
 */

export interface IntervisieChoice {
  dilemma?: string | undefined;
  methode?: string | undefined;
  /** Step index, 0-based (the URL counts from 1). */
  stap: number;
}

export interface ParsedChoice extends IntervisieChoice {
  /** Dutch messages about parts of the link that could not be used. */
  problems: string[];
}

export interface KnownChoices {
  /** Which dilemma ids may exist (the island checks for real by fetching the dilemma). */
  dilemmas: { has(id: string): boolean };
  /** Method id → number of steps. */
  methoden: ReadonlyMap<string, number>;
}

const MAX_SHOWN = 40;

/** A value from a link, made safe and short enough to quote back in a message. */
function quoted(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `‘${flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat}’`;
}

/** The message for a link to a dilemma the site does not have. */
export function missingDilemma(id: string): string {
  return `Het dilemma ${quoted(id)} uit de link bestaat niet (meer). Kies hieronder een dilemma.`;
}

export function parseChoice(search: string, known: KnownChoices): ParsedChoice {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const result: ParsedChoice = { stap: 0, problems };

  const dilemma = params.get('dilemma')?.trim();
  if (dilemma) {
    if (known.dilemmas.has(dilemma)) result.dilemma = dilemma;
    else problems.push(missingDilemma(dilemma));
  }

  const methode = params.get('methode')?.trim();
  if (methode) {
    if (known.methoden.has(methode)) result.methode = methode;
    else problems.push(`De methode ${quoted(methode)} uit de link bestaat niet. Kies hieronder een methode.`);
  }

  const stap = params.get('stap')?.trim();
  // A step only means something once the dilemma and the method are both known.
  if (stap && result.methode && result.dilemma) {
    const count = known.methoden.get(result.methode) ?? 1;
    const n = /^\d{1,3}$/.test(stap) ? Number(stap) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= count) result.stap = n - 1;
    else
      problems.push(
        `Stap ${quoted(stap)} bestaat niet bij deze methode (stap 1 tot en met ${count}). We beginnen bij stap 1.`,
      );
  }
  return result;
}

/** The query string for a choice; only what is chosen, stap only with a method. */
export function serializeChoice(choice: IntervisieChoice): string {
  const params = new URLSearchParams();
  if (choice.dilemma) params.set('dilemma', choice.dilemma);
  if (choice.methode) params.set('methode', choice.methode);
  if (choice.dilemma && choice.methode) params.set('stap', String(choice.stap + 1));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a choice is complete enough to run the step view. */
export function isRunnable(choice: IntervisieChoice): choice is IntervisieChoice & {
  dilemma: string;
  methode: string;
} {
  return Boolean(choice.dilemma && choice.methode);
}
