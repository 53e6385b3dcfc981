/**
 * Rules for the files inside one content folder, checked before Astro loads
 * them: Astro itself would silently skip a file with an unexpected extension and
 * let two files with the same id replace each other.
 */
import { ENTRY_ID } from '../shared/entry-address';

export interface FileProblem {
  file: string;
  message: string;
}

/** The id Astro gives a file: its name without the extension. */
export function idOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

export function checkContentFiles(
  folder: string,
  fileNames: readonly string[],
  extensions: readonly string[],
): FileProblem[] {
  const problems: FileProblem[] = [];
  const seen = new Map<string, string>();
  for (const name of [...fileNames].sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = `${folder}/${name}`;
    const ext = name.slice(name.lastIndexOf('.') + 1);
    if (!name.includes('.') || !extensions.includes(ext)) {
      problems.push({
        file,
        message: `This file would be ignored. Content files in ${folder}/ must end in ${extensions
          .map((e) => `.${e}`)
          .join(' or ')}.`,
      });
      continue;
    }
    const id = idOf(name);
    if (!ENTRY_ID.test(id)) {
      problems.push({
        file,
        message: `The file name "${id}" is used as the page address. Rename the file to lowercase letters, digits and hyphens only, e.g. "${slugify(id)}.${ext}".`,
      });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({
        file,
        message: `Duplicate id "${id}": ${earlier} has the same id. Every entry needs its own file name; rename or merge one of the two.`,
      });
    } else {
      seen.set(id, file);
    }
  }
  return problems;
}

export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
