/**
 * Presentation mode for a beamer: the step view fills the screen (Fullscreen
 * API where the browser has it, a fixed full-window layer where it does not,
 * e.g. on an iPhone). Esc leaves either way.
 */
import { useEffect, useState, type MutableRef } from 'preact/hooks';

export function usePresentation(target: MutableRef<HTMLElement | null>) {
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    // Browsers leave real full screen on Esc themselves (fullscreenchange above);
    // this covers the full-window layer and browsers that pass Esc on to the page.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPresenting(false);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    document.addEventListener('fullscreenchange', onChange);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  async function enter() {
    setPresenting(true);
    const el = target.current;
    if (el && typeof el.requestFullscreen === 'function' && document.fullscreenEnabled) {
      try {
        await el.requestFullscreen();
      } catch {
        // Refused (no user gesture, or a kiosk policy): the full-window layer still works.
      }
    }
  }

  async function leave() {
    setPresenting(false);
    if (document.fullscreenElement) {
      try {
        await document.exitFullscreen();
      } catch {
        // Already left.
      }
    }
  }

  return { presenting, enter, leave };
}
