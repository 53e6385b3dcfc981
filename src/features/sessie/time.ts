/**
 * Clock arithmetic for a plan: running start times from a chosen start, the
 * total, and how it compares to the target. Minutes since midnight throughout;
 * a session that runs past midnight wraps around the clock.
 */

const DAY = 24 * 60;

/** "09:30" → 570; undefined for anything that is not a valid time of day. */
export function parseClock(value: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

/** 570 → "09:30"; wraps past midnight. */
export function formatClock(minutes: number): string {
  const t = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The clock time each block starts at, and the time the session ends. */
export function runningTimes(start: string, minutes: readonly number[]): { starts: string[]; end: string } {
  let at = parseClock(start) ?? 9 * 60;
  const starts = minutes.map((m) => {
    const here = formatClock(at);
    at += m;
    return here;
  });
  return { starts, end: formatClock(at) };
}

export function total(minutes: readonly number[]): number {
  return minutes.reduce((sum, m) => sum + m, 0);
}

/** 95 → "1 uur 35 min", 120 → "2 uur", 45 → "45 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} uur` : `${h} uur ${m} min`;
}

/** How the total compares with the target, as a trainer would say it. */
export function againstTarget(
  totalMinutes: number,
  target: number,
): { state: 'over' | 'under' | 'exact'; text: string } {
  if (target <= 0) return { state: 'exact', text: `Totaal ${formatDuration(totalMinutes)}` };
  const diff = totalMinutes - target;
  if (diff === 0) return { state: 'exact', text: `Precies ${formatDuration(target)}, zoals gepland` };
  if (diff > 0)
    return { state: 'over', text: `${formatDuration(diff)} te lang voor ${formatDuration(target)}` };
  return { state: 'under', text: `Nog ${formatDuration(-diff)} over van ${formatDuration(target)}` };
}
