/**
 * Entry previews (EntryLink, pure CSS) appear on hover and keyboard focus. WCAG
 * 1.4.13 asks that such content can be dismissed without moving the pointer or
 * focus: Escape hides every open preview until the pointer or focus moves to
 * another link.
 */
const root = document.documentElement;
let dismissedAt: Element | null = null;

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector('.entry-link:hover, .entry-link:focus-within');
  if (!open) return;
  dismissedAt = open;
  root.classList.add('previews-dismissed');
});

function reopenElsewhere(event: Event) {
  if (!dismissedAt) return;
  const link = (event.target as Element | null)?.closest?.('.entry-link') ?? null;
  if (link === dismissedAt) return;
  dismissedAt = null;
  root.classList.remove('previews-dismissed');
}
document.addEventListener('focusin', reopenElsewhere);
document.addEventListener('pointerover', reopenElsewhere);
