/**
 * Which glossary terms a page uses, so the page can explain them right there:
 * a new professional should never meet "bemoeizorg" without its meaning.
 *
 * The matcher is built once per build and reads each page's text in one pass:
 * the text is split into words, and only the phrases that start with the word
 * at hand are tried. Work per page grows with the page's length, not with the
 * number of glossary terms (one regex per term made the build quadratic).
 */

export interface GlossaryTerm {
  id: string;
  /** The words in running text that this entry explains. */
  phrases: string[];
}

/** The phrases of a term: its title without a parenthetical, and the parenthetical itself. */
export function phrasesOf(title: string, explicit: readonly string[] = []): string[] {
  if (explicit.length > 0) return [...explicit];
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(title);
  const phrases = match ? [match[1]!, match[2]!] : [title];
  return phrases.map((p) => p.trim()).filter((p) => p.length >= 3);
}

/**
 * A text as words (lowercased) and what stands between them. Whole words
 * only: a word is a run of letters and digits, so "regie" is not found inside
 * "casusregie", but is found in "casus-regie". Runs of white space count as one
 * space, so a phrase broken over two lines still matches.
 */
interface Words {
  words: string[];
  /** gaps[i]: what stands between words[i - 1] and words[i]; gaps[0] is unused. */
  gaps: string[];
}

function splitWords(text: string): Words {
  const words: string[] = [];
  const gaps: string[] = [];
  let end = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    gaps.push(text.slice(end, m.index).replace(/\s+/g, ' '));
    words.push(m[0].toLowerCase());
    end = m.index + m[0].length;
  }
  return { words, gaps };
}

interface Phrase extends Words {
  term: number;
}

export interface GlossaryMatcher {
  /** Ids of the terms used in `text`, in order of first use, leaving out `exclude` (a page's own term). */
  find(text: string, exclude?: string): string[];
}

export function buildGlossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  // Phrases by their first word: per word of a page, only a handful are tried.
  const byFirstWord = new Map<string, Phrase[]>();
  terms.forEach((term, index) => {
    for (const text of term.phrases) {
      const phrase = { ...splitWords(text), term: index };
      const first = phrase.words[0];
      if (first === undefined) continue;
      let list = byFirstWord.get(first);
      if (!list) byFirstWord.set(first, (list = []));
      list.push(phrase);
    }
  });

  const matchesAt = (page: Words, at: number, phrase: Phrase): boolean => {
    for (let k = 1; k < phrase.words.length; k++) {
      if (page.words[at + k] !== phrase.words[k] || page.gaps[at + k] !== phrase.gaps[k]) return false;
    }
    return true;
  };

  return {
    find(text, exclude) {
      const page = splitWords(text);
      const firstUse = new Map<number, number>();
      page.words.forEach((word, at) => {
        for (const phrase of byFirstWord.get(word) ?? []) {
          if (!firstUse.has(phrase.term) && matchesAt(page, at, phrase)) firstUse.set(phrase.term, at);
        }
      });
      return [...firstUse]
        .sort(([termA, atA], [termB, atB]) => atA - atB || termA - termB)
        .map(([term]) => terms[term]!.id)
        .filter((id) => id !== exclude);
    },
  };
}

/** Ids of the terms used in `text`, in order of first use (builds a matcher: use buildGlossaryMatcher for many pages). */
export function findGlossaryTerms(text: string, terms: readonly GlossaryTerm[]): string[] {
  return buildGlossaryMatcher(terms).find(text);
}
