/**
 * The mis-citation check: a text that names a source document must list it.
 *
 * Every `bronnen` entry declares in `namedAs` how a text may name it ("Lamers &
 * Möller", "Verwey-Jonker-rapport"). When an entry's body, summary or any other
 * text names a source, that source must be among the entry's references to
 * `bronnen` (its `sources`, `source`, a route question's `bron`, …; found
 * generically, so a new collection is covered without being listed here).
 * Otherwise a reader who follows the source line lands in the wrong document.
 *
 * Not a mis-citation:
 * - literature we only know through a document: naming "Barnhoorn et al." is
 *   covered when the entry cites a document that cites it (`citedIn`);
 * - a `bronnen` entry naming itself, the documents that cite it, the
 *   literature it cites (the reference list inside a document), or a source it
 *   links to (`[Lamers & Möller](/bronnen/lamers-moller-2023/)`): a source's own
 *   page may point to a related publication without citing it;
 * - the locator lines themselves (`plaats`, `bron`, `file`, `namedAs`, `citedIn`,
 *   `authors`), YAML comments, and ids and addresses (`handboek-hulp-op-…`,
 *   `/bronnen/…/`), which are not prose a reader takes as a citation.
 *
 * Names too general to point to one source ("het rapport", "het artikel",
 * "handboek") do not belong in `namedAs`: they would also match other
 * publications and the check would cry wolf.
 */
import { findRefs } from './refs';
import type { IntegrityEntry, IntegrityProblem } from './integrity';

interface NamedSource {
  id: string;
  names: string[];
  citedIn: string[];
}

/** Frontmatter lines that hold locators or names of the entry itself, never prose. */
const LOCATOR_LINE = /^\s*(?:-\s+)?(?:bron|plaats|file|namedAs|citedIn|authors)\s*:/;

/**
 * Ids (`handboek-hulp-op-meerdere-terreinen`) and site addresses (`/bronnen/x/`,
 * also as a link target) name entries, not sources: blanked before matching.
 */
const ID_OR_ADDRESS = /(?<![\p{L}\p{N}-])(?:\/[a-z0-9/#-]*|[a-z0-9]+(?:-[a-z0-9]+)+)(?![\p{L}\p{N}-])/gu;
const blank = (s: string) => s.replace(ID_OR_ADDRESS, (m) => ' '.repeat(m.length));

/** The frontmatter (or YAML) key a line belongs to, for the message: its own, or the nearest above. */
function fieldOfLine(lines: readonly string[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const key = /^\s*(?:-\s+)?([A-Za-z]\w*)\s*:/.exec(lines[i] ?? '');
    if (key) return key[1]!;
  }
  return 'text';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function namedSources(entries: readonly IntegrityEntry[]): NamedSource[] {
  return entries
    .filter((e) => e.collection === 'bronnen')
    .map((e) => {
      const data = (e.data ?? {}) as { namedAs?: unknown; citedIn?: unknown };
      return {
        id: e.id,
        names: stringList(data.namedAs),
        citedIn: findRefs(data.citedIn).map((r) => r.id),
      };
    });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (s: string) => s.toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * The text to search, with the line each offset is on. From the whole file when
 * it is known (so lines are the file's), with locator lines and comments blanked
 * to spaces of the same length; otherwise from the body and the data's strings.
 */
interface Searchable {
  text: string;
  lineOf: (offset: number) => number | undefined;
  /** The field a line is in: a frontmatter key, or "body". */
  fieldOf: (line: number | undefined) => string;
}

function searchableText(entry: IntegrityEntry): Searchable {
  if (entry.raw !== undefined) {
    const lines = entry.raw.split('\n');
    const yamlFile = !/^---\r?$/.test(lines[0] ?? '');
    let inFrontmatter = !yamlFile;
    let bodyFrom = yamlFile ? Infinity : 0;
    const kept = lines.map((line, i) => {
      if (!yamlFile && i > 0 && /^---\r?$/.test(line) && inFrontmatter) {
        inFrontmatter = false;
        bodyFrom = i + 1;
        return line;
      }
      const yamlPart = yamlFile || inFrontmatter;
      if (yamlPart && (LOCATOR_LINE.test(line) || /^\s*#/.test(line))) return ' '.repeat(line.length);
      return blank(line);
    });
    const text = kept.join('\n');
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    return {
      text,
      lineOf: (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo + 1;
      },
      fieldOf: (line) =>
        line === undefined ? 'text' : line > bodyFrom ? 'body' : fieldOfLine(lines, line - 1),
    };
  }
  const bodyStart = '\n\u0000body\u0000\n';
  const strings: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (!/^(?:bron|plaats|file|namedAs|authors)$/.test(key)) strings.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(entry.data);
  const head = strings.join('\n');
  const text = blank(`${head}${bodyStart}${entry.body ?? ''}`);
  const bodyOffset = head.length + bodyStart.length;
  return {
    text,
    lineOf: (offset) =>
      offset < bodyOffset
        ? undefined
        : text.slice(bodyOffset, offset).split('\n').length + (entry.bodyLine ?? 1) - 1,
    fieldOf: (line) => (line === undefined ? 'text' : 'body'),
  };
}

/** The ids of the sources an entry may name without a mis-citation. */
function allowedSources(entry: IntegrityEntry, named: readonly NamedSource[]): Set<string> {
  const cited = new Set(
    findRefs(entry.data)
      .filter((r) => r.collection === 'bronnen')
      .map((r) => r.id),
  );
  if (entry.collection === 'bronnen') {
    cited.add(entry.id);
    // The literature a document cites may be named in that document's entry.
    for (const source of named) if (source.citedIn.includes(entry.id)) cited.add(source.id);
    // A source's page may point to a related publication, as long as it links to it.
    for (const link of (entry.body ?? entry.raw ?? '').matchAll(/\/bronnen\/([a-z0-9-]+)\//g))
      cited.add(link[1]!);
  }
  return cited;
}

/** Where an entry of this collection lists its sources, for the fix in the message. */
function sourcesField(entry: IntegrityEntry): string {
  if (entry.collection === 'routes') return 'the question it explains (bron, plaats)';
  const data = (entry.data ?? {}) as Record<string, unknown>;
  return 'sources' in data || !('source' in data) ? 'sources' : 'source';
}

export function checkCitations(entries: readonly IntegrityEntry[]): IntegrityProblem[] {
  const named = namedSources(entries);
  const byName = new Map<string, NamedSource[]>();
  for (const source of named) {
    for (const name of source.names) {
      const key = normal(name);
      byName.set(key, [...(byName.get(key) ?? []), source]);
    }
  }
  if (byName.size === 0) return [];
  // Longest names first, so "Verwey-Jonker-rapport" wins over "Verwey-Jonker" at the same place.
  const alternatives = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.split(' ').map(escape).join('\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  const problems: IntegrityProblem[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `content/${entry.collection}/${entry.id}`;
    const allowed = allowedSources(entry, named);
    const { text, lineOf, fieldOf } = searchableText(entry);
    const reported = new Set<string>();
    for (const match of text.matchAll(pattern)) {
      const candidates = byName.get(normal(match[0])) ?? [];
      const covered = candidates.some(
        (c) => allowed.has(c.id) || c.citedIn.some((document) => allowed.has(document)),
      );
      if (covered) continue;
      const line = lineOf(match.index);
      const key = `${line}:${candidates.map((c) => c.id).join(',')}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const ids = candidates.map((c) => c.id);
      const fix =
        entry.collection === 'bronnen'
          ? `link the name to ${ids.map((id) => `/bronnen/${id}/`).join(' or ')}, add the document that cites this publication to citedIn, or remove the mention`
          : `add ${ids.map((id) => `{ bron: ${id}, plaats: "<section, page>" }`).join(' or ')} to ${sourcesField(entry)}, or remove the mention`;
      problems.push({
        file,
        field: fieldOf(line),
        line,
        message: `${fieldOf(line)} names "${match[0].replace(/\s+/g, ' ')}" (${ids.join(', ')}), which this ${entry.collection === 'routes' ? 'route' : 'entry'} does not cite. Fix: ${fix}.`,
      });
    }
  }
  return problems;
}

export function formatCitationProblems(problems: readonly IntegrityProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(
    (p) => `  ${p.file}${p.line === undefined ? '' : `:${p.line}`}\n    ${p.message}`,
  );
  return `Content check failed: ${problems.length} mention${problems.length === 1 ? '' : 's'} of a source that is not cited, in ${files} file${files === 1 ? '' : 's'}. Nothing was published.\n${lines.join('\n')}`;
}
