// A report's `due` (format.md "plan", reporting): "MM-DD" every year, or an ISO date for a
// one-off report. Read by reporting/unknown-period, parent/deadline-after-parent and the calendar.
import { deadlineDate, isoOf, monthDayOf } from '../vi/dates.js';

export type Due =
  | { kind: 'yearly'; month: number; day: number }
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'invalid'; reason: 'shape' | 'day'; suggestion?: string };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year?: number): number {
  if (month === 2 && year !== undefined) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

export function parseDue(due: string): Due {
  const yearly = /^(\d{2})-(\d{2})$/.exec(due);
  if (yearly) {
    const [month, day] = [Number(yearly[1]), Number(yearly[2])];
    // 02-29 exists only in leap years: a yearly deadline must exist every year.
    if (month < 1 || month > 12 || day < 1 || day > (month === 2 ? 28 : daysIn(month))) return { kind: 'invalid', reason: 'day' };
    return { kind: 'yearly', month, day };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return { kind: 'invalid', reason: 'day' };
    return { kind: 'date', year, month, day };
  }
  // Vietnamese order, as printed ("10/5", "10/5/2024"): suggest the YAML form.
  const vi = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/.exec(due.trim());
  if (vi) {
    const [day, month] = [Number(vi[1]), Number(vi[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, vi[3] ? Number(vi[3]) : undefined)) {
      return { kind: 'invalid', reason: 'shape', suggestion: vi[3] ? isoOf(Number(vi[3]), month, day) : monthDayOf(month, day) };
    }
  }
  const loose = /^(\d{1,2})-(\d{1,2})$/.exec(due.trim());
  if (loose) {
    const [month, day] = [Number(loose[1]), Number(loose[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month)) return { kind: 'invalid', reason: 'shape', suggestion: monthDayOf(month, day) };
  }
  return { kind: 'invalid', reason: 'shape' };
}

/** "05-10" → "10/5"; "2024-06-15" → "15/6/2024" (vi/dates.ts deadlineDate). */
export function printDue(due: Due): string {
  return due.kind === 'invalid' ? '' : deadlineDate(due);
}

/**
 * Whether `due` falls after `limit`. Two yearly dues are compared within one year; a yearly
 * due and a date are compared within the date's year; two dates directly.
 */
export function dueAfter(due: Due, limit: Due): boolean {
  if (due.kind === 'invalid' || limit.kind === 'invalid') return false;
  const key = (d: { month: number; day: number }, year: number) => year * 10000 + d.month * 100 + d.day;
  const year = due.kind === 'date' ? due.year : limit.kind === 'date' ? limit.year : 0;
  const dueYear = due.kind === 'date' ? due.year : year;
  const limitYear = limit.kind === 'date' ? limit.year : year;
  return key(due, dueYear) > key(limit, limitYear);
}
