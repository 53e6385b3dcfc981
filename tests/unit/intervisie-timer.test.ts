import { describe, expect, it } from 'vitest';
import {
  IDLE_TIMER,
  announcement,
  clockTime,
  elapsed,
  formatDuration,
  isRunning,
  pause,
  remaining,
  schedule,
  start,
  totalElapsed,
} from '../../src/features/intervisie/timer';

const MIN = 60_000;

describe('step timer', () => {
  it('counts from start and stands still while paused', () => {
    const running = start(IDLE_TIMER, 1_000);
    expect(isRunning(running)).toBe(true);
    expect(elapsed(running, 31_000)).toBe(30_000);
    const paused = pause(running, 31_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsed(paused, 999_000)).toBe(30_000);
    expect(elapsed(start(paused, 100_000), 110_000)).toBe(40_000);
  });

  it('ignores a second start or pause instead of losing time', () => {
    const running = start(IDLE_TIMER, 0);
    expect(start(running, 5_000)).toBe(running);
    expect(pause(IDLE_TIMER, 5_000)).toBe(IDLE_TIMER);
  });

  it('never counts backwards when the clock is set back', () => {
    expect(elapsed({ elapsedMs: 10_000, startedAt: 50_000 }, 40_000)).toBe(10_000);
  });

  it('counts down the minutes of a step and goes below zero when time is up', () => {
    const t = start(IDLE_TIMER, 0);
    expect(remaining(t, 10, 4 * MIN)).toBe(6 * MIN);
    expect(remaining(t, 10, 11 * MIN)).toBe(-MIN);
  });

  it('formats time left rounded up, so the last second shows 0:01, not 0:00', () => {
    expect(formatDuration(500, true)).toBe('0:01');
    expect(formatDuration(10 * MIN, true)).toBe('10:00');
    expect(formatDuration(-83_000)).toBe('1:23');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('tells a screen reader the time left at most once a minute', () => {
    const sentences = new Set<string>();
    for (let ms = 10 * MIN; ms > -MIN; ms -= 1_000) sentences.add(announcement(ms));
    // 10 distinct minute sentences plus "time is up": one per minute, not one per second.
    expect(sentences.size).toBe(11);
    expect(announcement(90_000)).toBe('Nog 2 minuten voor deze stap.');
    expect(announcement(30_000)).toBe('Nog 1 minuut voor deze stap.');
    expect(announcement(0)).toBe('De tijd voor deze stap is om.');
  });

  it('adds up the time of all steps', () => {
    expect(
      totalElapsed([{ elapsedMs: MIN, startedAt: null }, undefined, { elapsedMs: 0, startedAt: 0 }], MIN),
    ).toBe(2 * MIN);
  });

  it('plans the clock time of every step from the start of the session', () => {
    const at = new Date(2026, 10, 26, 14, 0).getTime();
    const slots = schedule([10, 5, 15], at);
    expect(slots.map((s) => clockTime(s.start))).toEqual(['14:00', '14:10', '14:15']);
    expect(clockTime(slots[2]!.end)).toBe('14:30');
  });
});
