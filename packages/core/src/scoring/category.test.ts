import { describe, expect, it } from 'vitest';
import { categoryForMetaType, type RuleMetaType } from './category.js';

describe('categoryForMetaType', () => {
  it('maps ESLint rule types to pylint categories', () => {
    expect(categoryForMetaType('problem')).toBe('W');
    expect(categoryForMetaType('suggestion')).toBe('R');
    expect(categoryForMetaType('layout')).toBe('C');
  });

  it('counts a rule without a type, or with a type ESLint does not define, as a warning', () => {
    expect(categoryForMetaType(undefined)).toBe('W');
    // a plugin written in plain JavaScript can declare anything
    expect(categoryForMetaType('style' as RuleMetaType)).toBe('W');
  });
});
