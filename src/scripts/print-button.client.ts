/**
 * "Printen" on entry pages (src/components/PrintButton.astro) needs JavaScript, so
 * the button stays hidden until this shows it. Part of the one page-wide script,
 * so entry pages load no extra file for it.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
