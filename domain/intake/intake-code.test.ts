import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIntakeCode, intakeCodeFrom, parseIntakeCode } from './intake-code';

describe('the intake code on the envelope cover', () => {
  const bytes = fc.uint8Array({ minLength: 8, maxLength: 8 });

  it('reads back what it prints, typed or scanned', () => {
    fc.assert(
      fc.property(bytes, (random) => {
        const code = intakeCodeFrom(random);
        const printed = formatIntakeCode(code);
        return (
          parseIntakeCode(printed) === code &&
          parseIntakeCode(printed.toLowerCase()) === code &&
          parseIntakeCode(` ${code.slice(0, 3)} ${code.slice(3)} `) === code &&
          parseIntakeCode(`https://jx.example.cn/intake/${printed}`) === code
        );
      }),
    );
  });

  it('forgives the letters a clerk confuses with digits', () => {
    expect(parseIntakeCode('7k3q-9xpo')).toBe('7K3Q9XP0');
    expect(parseIntakeCode('ILIL-0000')).toBe('11110000');
  });

  it('refuses what cannot be a code', () => {
    for (const input of [
      '',
      '7K3Q-9XP',
      '7K3Q-9XPAB',
      '7K3Q-9XPU',
      '报送-编码一二三四',
      'https://x/intake/',
    ]) {
      expect(parseIntakeCode(input)).toBeUndefined();
    }
  });
});
