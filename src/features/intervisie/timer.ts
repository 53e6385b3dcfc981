/**
 * Timer arithmetic for intervision steps. A timer is stored as elapsed time plus
 * the moment it was last started, never as a ticking counter, so a reload, a
 * sleeping laptop or a throttled background tab cannot make it drift.
 * Every function takes `now` (ms since epoch): pure and testable.
 */

export interface StepTimer {
  /** Milliseconds counted before the current run. */
  elapsedMs: number;
  /** When the current run started, or null when paused. */
  startedAt: number | null;
}

export const IDLE_TIMER: StepTimer = { elapsedMs: 0, startedAt: null };

export function isRunning(timer: StepTimer): boolean {
  return timer.startedAt !== null;
}

export function elapsed(timer: StepTimer, now: number): number {
  return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

export function start(timer: StepTimer, now: number): StepTimer {
  return timer.startedAt === null ? { elapsedMs: timer.elapsedMs, startedAt: now } : timer;
}

export function pause(timer: StepTimer, now: number): StepTimer {
  return timer.startedAt === null ? timer : { elapsedMs: elapsed(timer, now), startedAt: null };
}

/** Time left of a step of `minutes`; negative once the time is up. */
export function remaining(timer: StepTimer, minutes: number, now: number): number {
  return minutes * 60_000 - elapsed(timer, now);
}

/** "4:05" for a duration; "1:02:03" from an hour. Counts whole seconds, rounding up time left. */
export function formatDuration(ms: number, roundUp = false): string {
  const total = roundUp ? Math.ceil(Math.abs(ms) / 1000) : Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * What a screen reader hears about the time left: a sentence that changes at
 * most once a minute (and once when the time is up), so a live region that
 * shows it never chatters.
 */
export function announcement(remainingMs: number): string {
  if (remainingMs <= 0) return 'De tijd voor deze stap is om.';
  const minutes = Math.ceil(remainingMs / 60_000);
  return minutes === 1 ? 'Nog 1 minuut voor deze stap.' : `Nog ${minutes} minuten voor deze stap.`;
}

/** Sum of the time counted on all steps. */
export function totalElapsed(timers: readonly (StepTimer | undefined)[], now: number): number {
  return timers.reduce((sum, t) => sum + (t ? elapsed(t, now) : 0), 0);
}

/** Planned start and end of every step when the session starts at `startAt`. */
export function schedule(minutes: readonly number[], startAt: number): { start: number; end: number }[] {
  let at = startAt;
  return minutes.map((m) => {
    const slot = { start: at, end: at + m * 60_000 };
    at = slot.end;
    return slot;
  });
}

/** "14:05": a clock time in the device's own time zone. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
