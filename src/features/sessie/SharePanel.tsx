/**
 * Sharing the open session: a link (the plan rides in the URL fragment, so it
 * never reaches a server) and a .json file to keep or mail.
 */
import { useState } from 'preact/hooks';
import type { Session } from './basics';
import { encodePlan, exportFile, exportName } from './share';

export default function SharePanel({ session }: { session: Session }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState('');

  async function makeLink() {
    setLink(`${window.location.origin}/sessie/#plan=${await encodePlan(session)}`);
    setCopied('');
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('De link staat op je klembord.');
    } catch {
      setCopied('Kopiëren lukte niet: selecteer de link en kopieer hem zelf.');
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([exportFile(session)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportName(session);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div class="share" role="group" aria-label="Delen en bewaren">
      <button type="button" onClick={() => void makeLink()}>
        Deel als link
      </button>
      <button type="button" onClick={download}>
        Bewaar als bestand
      </button>
      {link && (
        <div class="share-link">
          <label>
            Link naar deze sessie (wie hem opent, ziet een kopie; jouw sessie blijft van jou)
            <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => void copy()}>
            Kopieer link
          </button>
          <p role="status" class="muted">
            {copied}
          </p>
        </div>
      )}
    </div>
  );
}
