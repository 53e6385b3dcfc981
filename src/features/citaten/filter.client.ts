/**
 * Narrows the statically rendered quote list on /citaten/ by speaker role and
 * werkkaart, without a reload. The choice lives in the URL so a trainer can
 * share "all parents on netwerk activeren"; an unknown value from an old link is
 * named and dropped, and "Alles tonen" always brings the full list back.
 */
import {
  matchesChoice,
  NO_CHOICE,
  parseQuoteChoice,
  quoteCount,
  serializeQuoteChoice,
  type QuoteChoice,
} from './filter';
import { watchSearch, writeSearch } from '../../shared/client/url-state';

export function enhanceQuoteFilter(form: HTMLFormElement): void {
  const rol = form.elements.namedItem('rol') as HTMLSelectElement;
  const werkkaart = form.elements.namedItem('werkkaart') as HTMLSelectElement;
  const status = form.querySelector<HTMLElement>('[data-quote-status]')!;
  const notice = form.querySelector<HTMLElement>('[data-quote-notice]')!;
  const toc = document.querySelector<HTMLElement>('[data-quote-toc]');
  const groups = [...document.querySelectorAll<HTMLElement>('[data-quote-group]')];
  const valuesOf = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);
  const known = { roles: valuesOf(rol), werkkaarten: valuesOf(werkkaart) };

  const apply = (choice: QuoteChoice) => {
    rol.value = choice.rol;
    werkkaart.value = choice.werkkaart;
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-rol]')) {
        const match = matchesChoice(
          { rol: item.dataset['rol'] ?? '', werkkaart: item.dataset['werkkaart'] ?? '' },
          choice,
        );
        item.hidden = !match;
        if (match) inGroup += 1;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    // The table of contents counts the whole collection: hide it while narrowed.
    if (toc) toc.hidden = choice.rol !== '' || choice.werkkaart !== '';
    status.textContent =
      shown === 0 ? 'Geen citaten bij deze keuze. Kies iets anders, of toon alles.' : quoteCount(shown);
  };

  const choose = () => {
    const choice = { rol: rol.value, werkkaart: werkkaart.value };
    notice.hidden = true;
    writeSearch(serializeQuoteChoice(choice));
    apply(choice);
  };

  const fromUrl = (search: string) => {
    const { choice, unknown } = parseQuoteChoice(search, known);
    notice.hidden = unknown.length === 0;
    notice.textContent =
      unknown.length > 0
        ? `De link vroeg om ‘${unknown.join('’, ‘')}’; dat kennen we niet, dus dat filter staat uit.`
        : '';
    apply(choice);
  };

  rol.addEventListener('change', choose);
  werkkaart.addEventListener('change', choose);
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    rol.value = NO_CHOICE.rol;
    werkkaart.value = NO_CHOICE.werkkaart;
    choose();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  watchSearch(fromUrl);
}
