/**
 * The group's notes for the current step. Kept only in this tab
 * (sessionStorage), never in the link, never sent: case details of real
 * families are sensitive. One button clears all notes of this intervision.
 */
import { useState } from 'preact/hooks';

interface Props {
  step: number;
  text: string;
  anyNotes: boolean;
  onChange: (text: string) => void;
  onClearAll: () => void;
}

export default function GroupNotes({ step, text, anyNotes, onChange, onClearAll }: Props) {
  const [status, setStatus] = useState('');
  return (
    <section class="iv-notes" aria-labelledby="iv-notes-kop">
      <h2 id="iv-notes-kop" class="iv-box-title">
        Notities van de groep (stap {step + 1})
      </h2>
      <p id="iv-notes-uitleg" class="iv-muted iv-small">
        Alleen bewaard in dit tabblad van deze browser, tot je het sluit. Niet in de link, nooit verstuurd.
        Schrijf geen namen of herkenbare details van gezinnen op.
      </p>
      <label for="iv-notes-veld" class="visually-hidden">
        Notities bij stap {step + 1}
      </label>
      <textarea
        id="iv-notes-veld"
        rows={4}
        value={text}
        aria-describedby="iv-notes-uitleg"
        onInput={(e) => {
          setStatus('');
          onChange((e.currentTarget as HTMLTextAreaElement).value);
        }}
      />
      <div class="iv-notes-actions">
        <button
          type="button"
          aria-disabled={!anyNotes}
          onClick={() => {
            if (!anyNotes) return;
            onClearAll();
            setStatus('Alle notities van deze intervisie zijn gewist.');
          }}
        >
          Wis alle notities
        </button>
        <p class="iv-small" role="status">
          {status}
        </p>
      </div>
    </section>
  );
}
