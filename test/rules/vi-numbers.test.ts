// The helpers behind indicator/target-text-mismatch, funding/amount-words and the reporting rules.
import { describe, expect, it } from 'vitest';
import { formatViDecimal, formatViNumber, numbersIn, parseViNumberWords } from '../../src/vi/numbers.js';
import { dueAfter, parseDue } from '../../src/model/due.js';

const read = (s: string) => numbersIn(s).map((n) => [n.value, n.unit]);

describe('numbersIn', () => {
  it('reads Vietnamese decimals, thousands and units', () => {
    expect(read('trên 1.000 trẻ đẻ sống dưới 19,1‰')).toEqual([[1000, 'trẻ'], [19.1, '‰']]);
    expect(read('0,04‰; 150/100.000 trẻ; 16 / 100 000 trẻ')).toEqual([[0.04, '‰'], [150, '/100.000'], [16, '/100.000']]);
    expect(read('đạt 63,7 %, 1.5%.')).toEqual([[63.7, '%'], [1.5, '%']]);
  });

  it('does not take ký hiệu and dates for targets', () => {
    expect(read('13/2021/TT-BLĐTBXH, 2021-2030').filter(([, unit]) => unit === '%')).toEqual([]);
  });

  it('formats the Vietnamese way', () => {
    expect([formatViNumber(63.7), formatViNumber(100000), formatViNumber(-0.5)]).toEqual(['63,7', '100.000', '-0,5']);
  });
});

describe('parseViNumberWords', () => {
  const read = (words: string) => {
    const d = parseViNumberWords(words);
    return d && formatViDecimal(d);
  };

  it('reads both ways of saying each number', () => {
    expect([read('hai mươi mốt'), read('hai mươi một'), read('hai mươi tư'), read('hai mươi bốn')]).toEqual(['21', '21', '24', '24']);
    expect([read('mười lăm'), read('hai mươi lăm'), read('năm mươi năm'), read('hai mươi nhăm')]).toEqual(['15', '25', '55', '25']);
    expect([read('một trăm linh năm'), read('một trăm lẻ năm'), read('bảy trăm'), read('bẩy trăm')]).toEqual(['105', '105', '700', '700']);
    expect([read('một nghìn'), read('một ngàn'), read('ba tỷ'), read('ba tỉ')]).toEqual(['1.000', '1.000', '3.000.000.000', '3.000.000.000']);
    expect(read('hai nghìn tỷ')).toBe('2.000.000.000.000');
    expect(read('một triệu không trăm năm mươi nghìn')).toBe('1.050.000');
  });

  it('reads decimals after "phẩy"', () => {
    expect(read('một nghìn hai trăm năm mươi phẩy năm triệu')).toBe('1.250.500.000');
    expect(read('một phẩy không năm tỷ')).toBe('1.050.000.000');
    expect(read('một phẩy hai mươi lăm tỷ')).toBe('1.250.000.000');
  });

  it('does not read words that are not a number, or spoken shortenings that say two', () => {
    expect([read('xin chào'), read('một trăm năm'), read('một triệu hai'), read('hai mươi không'), read('linh năm')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('parseDue', () => {
  it('knows real days, yearly and dated', () => {
    expect(parseDue('05-10')).toEqual({ kind: 'yearly', month: 5, day: 10 });
    expect(parseDue('2024-02-29')).toEqual({ kind: 'date', year: 2024, month: 2, day: 29 });
    expect(parseDue('04-31')).toEqual({ kind: 'invalid', reason: 'day' });
    expect(parseDue('02-29')).toEqual({ kind: 'invalid', reason: 'day' });
    expect(parseDue('10/5')).toEqual({ kind: 'invalid', reason: 'shape', suggestion: '05-10' });
  });

  it('compares yearly dues within one year, and with a date in its year', () => {
    expect(dueAfter(parseDue('06-10'), parseDue('06-01'))).toBe(true);
    expect(dueAfter(parseDue('06-01'), parseDue('06-01'))).toBe(false);
    expect(dueAfter(parseDue('11-20'), parseDue('2024-11-15'))).toBe(true);
    expect(dueAfter(parseDue('2023-12-31'), parseDue('01-15'))).toBe(true);
  });
});
