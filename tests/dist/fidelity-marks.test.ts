/**
 * What a reader sees of the fidelity conventions in the built site (run after
 * `npm run build`): our own reading is visibly set apart, a dilemma pole says
 * when the source names no element, and the revised guideline is cited.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the fidelity conventions in the built site', () => {
  it('sets our own reading apart in a labelled "Toelichting van de redactie" block', () => {
    const html = page('interventies/schaalvraag');
    expect(html).toContain('aria-label="Toelichting van de redactie"');
    expect(text(html)).toContain('Toelichting van de redactie (onze lezing, niet uit de bron)');
  });

  it('explains the editorial notes and the quotation marks on /over/', () => {
    const over = text(page('over'));
    expect(over).toContain('Toelichting van de redactie');
    expect(over).toContain('„zo”');
  });

  it('says on a dilemma pole when the source names no werkzaam element', () => {
    expect(text(page('dilemmas/waslijst-versus-te-weinig-doelen'))).toContain(
      'De bron noemt bij deze kant geen werkzaam element.',
    );
  });

  it('names and cites the 2020 revision of the guideline on every werkkaart and in the glossary', () => {
    const cards = readdirSync(join(dist, 'werkkaarten'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dist, 'werkkaarten', d.name, 'index.html')))
      .map((d) => `werkkaarten/${d.name}`);
    expect(cards).toHaveLength(7);
    for (const path of [...cards, 'begrippen/richtlijn-multiprobleemgezinnen']) {
      const html = page(path);
      expect(html, path).toContain('/bronnen/richtlijn-gezinnen-meervoudige-complexe-problemen-2020/');
      expect(text(html), path).toContain('Gezinnen met meervoudige en complexe problemen');
    }
  });
});
