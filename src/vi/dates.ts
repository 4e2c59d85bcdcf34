// Dates as Vietnamese documents print them, day first. A date prints in one of three documented
// styles, each named for where it is used:
//   - citationDate "03/04/2023": how a plan cites another document's date, and how kehoach's
//     messages, generated titles and the calendar quote it (day and month of two digits);
//   - renderedDate "03/4/2023" (and longDate, dayMonth): the rendered document, with Nghị định
//     30/2020's padding (render.md "Header block");
//   - deadlineDate "3/4/2023", "10/5": a report deadline in a rule's message, as it is read aloud.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** "2023-12-25" from its parts: the form a plan's YAML writes a date in. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "05-10" from its parts: the form a plan's YAML writes a yearly deadline in. */
export function monthDayOf(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** 2023-12-25 → "25/12/2023" as a citation prints it; a bare year stays a year, anything else as written. */
export function citationDate(date: string | number): string {
  if (typeof date === 'number') return String(date);
  const parsed = parseIsoDate(date);
  return parsed ? `${twoDigits(parsed.day)}/${twoDigits(parsed.month)}/${parsed.year}` : date;
}

/**
 * NĐ30's padding: the day under 10 and the months 1 and 2 take a leading zero ("ngày 05
 * tháng 02"), other months do not ("tháng 4", never "tháng 04") — render.md "Header block".
 */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 03 tháng 4 năm 2023"; the blanks are kept for the clerk when the day is unknown. */
export function longDate(date: string | number | null | undefined): string {
  const blank = '     ';
  if (typeof date === 'number') return `ngày${blank}tháng${blank}năm ${date}`;
  const parsed = date ? parseIsoDate(date) : undefined;
  if (!parsed) return `ngày${blank}tháng${blank}năm${blank}`;
  return `ngày ${padDay(parsed.day)} tháng ${padMonth(parsed.month)} năm ${parsed.year}`;
}

/** "28/02/2023", "30/9/2021": a date cited in the running text of a rendered document. */
export function renderedDate(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  return `${padDay(parsed.day)}/${padMonth(parsed.month)}/${parsed.year}`;
}

/** "10/5", "05/11" — a yearly deadline in a rendered document, written `dd/m` (render.md "Body", item 7). */
export function dayMonth(day: number, month: number): string {
  return `${padDay(day)}/${padMonth(month)}`;
}

/** "10/5" (every year), "15/6/2024": a report deadline in a rule's message, without padding. */
export function deadlineDate(date: { day: number; month: number; year?: number }): string {
  return date.year === undefined ? `${date.day}/${date.month}` : `${date.day}/${date.month}/${date.year}`;
}
