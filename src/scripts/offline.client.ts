/**
 * Makes the site work without a connection after one visit: registers the
 * service worker (generated at build time, scripts/offline/) and, when a new
 * version has been downloaded in the background, offers it with a small bar
 * instead of swapping the page under the reader.
 */
function offerUpdate(worker: ServiceWorker) {
  if (document.querySelector('.update-bar')) return;
  const bar = document.createElement('div');
  bar.className = 'update-bar';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'Nieuwe versie beschikbaar';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Vernieuwen';
  button.addEventListener('click', () => {
    button.disabled = true;
    let reloaded = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloaded) return;
      reloaded = true;
      window.location.reload();
    });
    // Workbox's generated worker takes over when it gets this message.
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  bar.append(text, ' — ', button);
  document.body.append(bar);
}

async function register() {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  const hasController = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && hasController()) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // Only an update, not the very first install, needs the reader's say.
      if (worker.state === 'installed' && hasController()) offerUpdate(worker);
    });
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    register().catch(() => {
      // No service worker (private window, old browser): the site works online as before.
    });
  });
}
