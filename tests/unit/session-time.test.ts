import { describe, expect, it } from 'vitest';
import {
  againstTarget,
  formatClock,
  formatDuration,
  parseClock,
  runningTimes,
  total,
} from '../../src/features/sessie/time';

describe('session clock arithmetic', () => {
  it('reads and writes times of day', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('12:60')).toBeUndefined();
    expect(parseClock('half tien')).toBeUndefined();
    expect(formatClock(570)).toBe('09:30');
  });

  it('gives every block its start time and the end of the session', () => {
    expect(runningTimes('09:00', [10, 25, 15, 30])).toEqual({
      starts: ['09:00', '09:10', '09:35', '09:50'],
      end: '10:20',
    });
  });

  it('wraps an evening session past midnight instead of showing 24:30', () => {
    expect(runningTimes('23:30', [45, 15])).toEqual({ starts: ['23:30', '00:15'], end: '00:30' });
  });

  it('starts at nine when the start time is unreadable', () => {
    expect(runningTimes('later', [5]).starts).toEqual(['09:00']);
  });

  it('says durations the way a trainer does', () => {
    expect(total([30, 45, 20])).toBe(95);
    expect(formatDuration(95)).toBe('1 uur 35 min');
    expect(formatDuration(120)).toBe('2 uur');
    expect(formatDuration(45)).toBe('45 min');
  });

  it('compares the total with the target', () => {
    expect(againstTarget(100, 90)).toEqual({ state: 'over', text: '10 min te lang voor 1 uur 30 min' });
    expect(againstTarget(75, 90)).toEqual({ state: 'under', text: 'Nog 15 min over van 1 uur 30 min' });
    expect(againstTarget(120, 120)).toEqual({ state: 'exact', text: 'Precies 2 uur, zoals gepland' });
    expect(againstTarget(30, 0).text).toBe('Totaal 30 min');
  });
});
