import { describe, expect, it } from 'vitest';
import { roles } from '../../domain/roles';
import { enUS } from './en-US';
import { bilingual, translate } from './translate';
import { zhCN } from './zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('has no empty or blank texts in either language', () => {
    for (const dictionary of [zhCN, enUS]) {
      const blank = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
      expect(blank).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, placeholders: placeholders(enUS[key]) }).toEqual({
        key,
        placeholders: placeholders(zhCN[key]),
      });
    }
  });

  it('names every role of domain/roles.ts in both languages, each name distinct', () => {
    for (const dictionary of [zhCN, enUS]) {
      const names = roles.map((role) => dictionary[`role.${role}`]);
      expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(roles.length);
    }
  });

  it('writes the zh-CN texts in Chinese', () => {
    // Proper nouns aside, a zh-CN text without a single CJK character is an untranslated English text.
    const untranslated = Object.entries(zhCN).filter(
      ([key, text]) => !/[\u4e00-\u9fff]/.test(text) && !['notFound.heading'].includes(key),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'home.greeting', { name: '王师傅' })).toBe('您好，王师傅');
    expect(translate('en-US', 'home.greeting', { name: 'Wang' })).toBe('Hello, Wang');
    expect(translate('en-US', 'home.greeting')).toBe('Hello, {name}');
  });

  it('builds a bilingual message from one key', () => {
    expect(bilingual('error.unexpected', { status: 502 })).toEqual({
      zh: '服务器返回了意外的响应（HTTP 502），请稍后重试。',
      en: 'The server sent an unexpected response (HTTP 502). Please try again later.',
    });
  });
});
