import { describe, expect, test } from 'vitest';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { civilFromDays, formatDateEnUs, formatTimeEnUs } from './calendar';

describe('calendar without Date', () => {
  test('formats the lab start as Windows en-US does', () => {
    expect(formatDateEnUs(DEFAULT_START_EPOCH_MS)).toBe('6/1/2010');
    expect(formatTimeEnUs(DEFAULT_START_EPOCH_MS)).toBe('8:00:00 AM');
    expect(formatTimeEnUs(DEFAULT_START_EPOCH_MS + 9 * 3600_000 + 12 * 60_000 + 3_500)).toBe('5:12:03 PM');
  });

  test('noon, midnight and leap days', () => {
    const day = Date.UTC(2012, 1, 29);
    expect(formatDateEnUs(day)).toBe('2/29/2012');
    expect(formatTimeEnUs(day)).toBe('12:00:00 AM');
    expect(formatTimeEnUs(day + 12 * 3600_000)).toBe('12:00:00 PM');
    expect(formatTimeEnUs(day + 13 * 3600_000 + 5_000)).toBe('1:00:05 PM');
  });

  test('matches Date (UTC) across four centuries', () => {
    for (let days = -200_000; days < 200_000; days += 97) {
      const date = new Date(days * 86_400_000);
      expect(civilFromDays(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    }
  });
});
