import { describe, expect, it } from 'vitest';
import { vietnamTime, vietnamTimeLabelled } from './time';

describe('Vietnam time', () => {
  it('shows UTC+7 whatever the machine’s zone, across midnight and the year', () => {
    expect(vietnamTime('2026-12-31T17:30:00.000Z', 'vi')).toBe('01/01/2027 00:30');
    expect(vietnamTime('2026-12-31T17:30:00.000Z', 'en')).toBe('2027-01-01 00:30');
    expect(vietnamTime('2026-03-02T03:04:59Z', 'vi')).toBe('02/03/2026 10:04');
  });
  it('reads offsets other than Z', () => {
    expect(vietnamTime('2026-03-02T10:04:00+07:00', 'vi')).toBe('02/03/2026 10:04');
  });
  it('labels the zone and leaves what is not a date as it is', () => {
    expect(vietnamTimeLabelled('2026-03-02T03:04:00Z', 'en')).toBe('2026-03-02 10:04 (Vietnam time, UTC+7)');
    expect(vietnamTime('hôm qua', 'vi')).toBe('hôm qua');
  });
});
