/**
 * Fills in the previews of entry links in a body rendered by
 * src/knowledge/body-render.ts, when the page is rendered: the same markup as
 * src/components/EntryLink.astro (the other entry's summary, shown on hover or
 * keyboard focus), with ids that are unique on the page (src/knowledge/page-ids.ts).
 */
import { escapeAttribute, escapeText, PREVIEW_MARK, PREVIEW_SLOT } from './body-render';
import { pageUniqueId } from './page-ids';

const PLACEHOLDER = new RegExp(
  ` ${PREVIEW_MARK}="([^"]*)">([\\s\\S]*?)</a>${PREVIEW_SLOT.replace(/[-!]/g, '\\$&')}`,
  'g',
);

/**
 * `summaryOf` gives the summary of the entry "collection/id" (undefined when
 * it has none); `page` is an object that lives as long as one page render.
 */
export function fillPreviews(
  html: string,
  summaryOf: (key: string) => string | undefined,
  page: object,
): string {
  return html.replace(PLACEHOLDER, (_, rawKey: string, inner: string) => {
    const key = rawKey.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const summary = summaryOf(key);
    if (!summary) return `>${inner}</a>`;
    const id = pageUniqueId(page, `preview-${key.replace('/', '-')}`);
    return (
      ` aria-describedby="${escapeAttribute(id)}">${inner}</a>` +
      `<span class="preview" id="${escapeAttribute(id)}" role="tooltip" data-pagefind-ignore>${escapeText(summary)}</span>`
    );
  });
}
