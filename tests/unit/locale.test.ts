import { describe, expect, it } from 'vitest';
import { composerLabels } from '../../content/text/fr/composer';
import { formatNumber } from '../../content/text/fr/locale';

describe('numbers in the interface', () => {
  it('are grouped by thousands as French readers write them (narrow no-break space)', () => {
    expect(formatNumber(1800)).toBe('1\u202f800');
    expect(formatNumber(120)).toBe('120');
  });

  it('are written so in the composer’s sentences', () => {
    expect(composerLabels.charactersLeft(12, 1000)).toBe('12 caractères restants sur 1\u202f000.');
    expect(composerLabels.shortened(5000)).toContain('à 5\u202f000 caractères');
  });
});
