import { describe, expect, it } from 'vitest';
import { codeOptions, optionText, pickCode, textFor } from './pickers';
import { formatGrouped, parseNumber } from './numbers';

describe('code pickers', () => {
  it('name countries in the UI language, found by name, code or option text', () => {
    const vi = codeOptions('country', 'vi');
    expect(vi.length).toBeGreaterThan(200);
    expect(textFor('JP', vi)).toBe('Nhật Bản (JP)');
    expect(pickCode('Nhật Bản', vi)).toBe('JP');
    expect(pickCode('jp', vi)).toBe('JP');
    expect(pickCode(optionText({ code: 'TW', name: 'Đài Loan' }), vi)).toBe('TW');
    expect(pickCode('Atlantis', vi)).toBeNull();
    const ja = codeOptions('country', 'ja');
    expect(textFor('VN', ja)).toBe('ベトナム (VN)');
  });

  it('name languages and currencies', () => {
    expect(textFor('vi', codeOptions('language', 'en'))).toBe('Vietnamese (vi)');
    expect(textFor('zh-TW', codeOptions('language', 'zh-TW'))).toMatch(/中文/);
    const cur = codeOptions('currency', 'en');
    expect(textFor('VND', cur)).toBe('Vietnamese Dong (VND)');
    expect(pickCode('Japanese Yen', cur)).toBe('JPY');
  });
});

describe('grouped numbers', () => {
  it('show amounts with the language grouping', () => {
    expect(formatGrouped(2000000, 'en')).toBe('2,000,000');
    expect(formatGrouped(2000000, 'vi')).toBe('2.000.000');
    expect(formatGrouped(1234.5, 'vi')).toBe('1.234,5');
    expect(formatGrouped(130000, 'ja')).toBe('130,000');
  });

  it('read back what was typed, grouped or not', () => {
    expect(parseNumber('2,000,000', 'en')).toBe(2000000);
    expect(parseNumber('2.000.000', 'vi')).toBe(2000000);
    expect(parseNumber('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('1500', 'vi')).toBe(1500);
    expect(parseNumber('1.5', 'vi')).toBe(1.5);
    expect(parseNumber('7.5', 'en')).toBe(7.5);
    expect(parseNumber('2 000 000', 'en')).toBe(2000000);
    expect(parseNumber('-3', 'en')).toBe(-3);
  });

  it('refuse what is not a number', () => {
    for (const s of ['', 'two', '12a', '1,2,3', '1..5', '1,00,000']) expect(parseNumber(s, 'en')).toBeNull();
  });
});
