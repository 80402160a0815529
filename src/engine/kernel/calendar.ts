// Calendar arithmetic without Date (the engine must not read the machine's clock or zone).
// Formats a UTC instant the way Windows en-US writes it in event 6008: "5:12:03 PM", "6/1/2010".
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MIN, MS_PER_S } from '../../domain/units';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Howard Hinnant's civil_from_days: days since 1970-01-01 → proleptic Gregorian date. */
export function civilFromDays(daysSinceEpoch: number): CivilDate {
  const z = daysSinceEpoch + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPrime = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPrime + 2) / 5) + 1;
  const month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** "5:12:03 PM" for an instant in UTC ms. */
export function formatTimeEnUs(epochMs: number): string {
  const msOfDay = epochMs - Math.floor(epochMs / MS_PER_DAY) * MS_PER_DAY;
  const hours = Math.floor(msOfDay / MS_PER_HOUR);
  const minutes = Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MIN);
  const seconds = Math.floor((msOfDay % MS_PER_MIN) / MS_PER_S);
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${hour12}:${two(minutes)}:${two(seconds)} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** "6/1/2010" for an instant in UTC ms. */
export function formatDateEnUs(epochMs: number): string {
  const { year, month, day } = civilFromDays(Math.floor(epochMs / MS_PER_DAY));
  return `${month}/${day}/${year}`;
}

/** The hour of the day (0–23) of an instant in UTC ms: the lab's clock has no time zone. */
export function hourOfDay(epochMs: number): number {
  return Math.floor((epochMs - Math.floor(epochMs / MS_PER_DAY) * MS_PER_DAY) / MS_PER_HOUR);
}

/** The first instant after `epochMs` that is `hour`:00:00 (today's, else tomorrow's). */
export function nextHourOfDayMs(epochMs: number, hour: number): number {
  const atMs = Math.floor(epochMs / MS_PER_DAY) * MS_PER_DAY + hour * MS_PER_HOUR;
  return atMs > epochMs ? atMs : atMs + MS_PER_DAY;
}
