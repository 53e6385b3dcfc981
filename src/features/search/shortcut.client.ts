/**
 * The one script on every page. "/" or Ctrl/Cmd+K puts the cursor in the search
 * box; the first focus of the header's box fetches the live search code.
 */
const headerBox = document.querySelector<HTMLInputElement>('#site-search-q');

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const shortcut =
    (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcut) return;
  // On the search page its own big box is the one to use.
  const box = document.querySelector<HTMLInputElement>('#zoekvraag') ?? headerBox;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

headerBox?.addEventListener(
  'focus',
  () => {
    void import('./header.client').then(({ enhance }) => enhance(headerBox));
  },
  { once: true },
);
