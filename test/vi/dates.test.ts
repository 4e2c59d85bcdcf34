// The three documented styles of a date (src/vi/dates.ts), each where it is used.
import { describe, expect, it } from 'vitest';
import { citationDate, deadlineDate, renderedDate } from '../../src/vi/dates.js';

describe('dates', () => {
  it('a citation and a message quote a date with two-digit day and month', () => {
    expect(citationDate('2023-04-03')).toBe('03/04/2023');
    expect(citationDate(2024)).toBe('2024');
    expect(citationDate('sometime')).toBe('sometime');
  });
  it('a rendered document pads the day under 10 and the months 1 and 2 only (NĐ30)', () => {
    expect(renderedDate('2023-04-03')).toBe('03/4/2023');
    expect(renderedDate('2023-02-28')).toBe('28/02/2023');
  });
  it('a deadline in a message is written as read, without padding', () => {
    expect(deadlineDate({ day: 3, month: 4, year: 2023 })).toBe('3/4/2023');
    expect(deadlineDate({ day: 10, month: 5 })).toBe('10/5');
  });
});
