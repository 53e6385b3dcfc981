/**
 * The one script on every page: "/" or Ctrl/Cmd+K puts the cursor in the
 * header's search box. The search itself loads only on /zoeken/.
 */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcut) return;
  const box =
    document.querySelector<HTMLInputElement>('#zoekvraag') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
