/**
 * Entry previews (EntryLink, pure CSS) appear on hover and keyboard focus. WCAG
 * 1.4.13 asks that they can be dismissed without moving the pointer or focus:
 * Escape hides them until focus moves or the pointer enters another link.
 */
const root = document.documentElement;
let shut: Element | null | undefined;
addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  shut = document.querySelector('.entry-link:hover');
  root.classList.add('previews-dismissed');
});
const reopen = (e: Event) => {
  const link = (e.target as Element).closest?.('.entry-link');
  if (e.type === 'focusin' || link !== shut) root.classList.remove('previews-dismissed');
};
addEventListener('focusin', reopen);
addEventListener('pointerover', reopen);
