import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_KINDS, conforms, suggestName, toStyle, type NameKind } from './convention.js';
import { isForbiddenName } from './reserved.js';

// words that become reserved or forbidden names once cased: the conversions most likely to go wrong
const RISKY = [
  'enum',
  'Enum',
  'ENUM',
  'package',
  'Package',
  'interface',
  'private',
  'let',
  'LET',
  'static',
  'yield',
  'await',
  'arguments',
  'eval',
  'Eval',
  'constructor',
  'Constructor',
  'prototype',
  'PROTOTYPE',
  '__proto__',
  'string',
  'String',
  'Number',
  'any',
  'ANY',
  'NaN',
  'class',
  'Class',
  'default',
  'Default',
  'new',
  'New',
  'delete',
  'Delete',
  'null',
  'Null',
  'true',
  'typeof',
  'Type',
];
const fragment = fc.oneof(fc.constantFrom(...RISKY), fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}$/));
const separator = fc.constantFrom('', '_', '__', '$');
/** identifiers made of risky words and random fragments, with markers and separators */
const identifier = fc
  .tuple(
    fc.constantFrom('', '_', '$', '#'),
    fc.array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '_'),
  )
  .map(
    ([prefix, parts, suffix]) =>
      `${prefix}${parts.map(([word, sep], i) => (i < parts.length - 1 ? word + sep : word)).join('')}${suffix}`,
  );

describe('the conversion never proposes a forbidden name', () => {
  it('for any identifier and any kind, the suggestion is no reserved word and conforms', () => {
    fc.assert(
      fc.property(
        identifier,
        fc.constantFrom(...NAME_KINDS),
        fc.boolean(),
        (name, kind: NameKind, moduleLevelConst) => {
          const suggestion = suggestName(name, kind, { moduleLevelConst });
          if (suggestion === undefined) return;
          expect(isForbiddenName(suggestion, kind)).toBe(false);
          expect(conforms(suggestion, kind, { moduleLevelConst })).toBe(true);
          expect(suggestion).not.toBe(name);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never turns Enum into enum, nor a member into constructor', () => {
    expect(toStyle('Enum', 'camelCase')).toBe('enum');
    expect(suggestName('Enum', 'parameter', {})).toBeUndefined();
    expect(suggestName('ENUM', 'variable', {})).toBeUndefined();
    expect(suggestName('Package', 'parameter', {})).toBeUndefined();
    expect(suggestName('Constructor', 'method', {})).toBeUndefined();
    expect(suggestName('__proto__', 'property', {})).toBeUndefined();
    expect(suggestName('ANY', 'typeAlias', {}, { styles: { typeAlias: 'camelCase' } })).toBeUndefined();
    expect(suggestName('my_enum', 'parameter', {})).toBe('myEnum');
    // keywords are valid member names: `obj.delete()`
    expect(suggestName('Delete', 'method', {})).toBe('delete');
  });

  it('knows every ECMAScript, strict-mode and TypeScript-type word it must not create', () => {
    for (const word of [
      'enum',
      'package',
      'interface',
      'private',
      'protected',
      'public',
      'implements',
      'let',
      'static',
      'yield',
      'await',
      'arguments',
      'eval',
    ]) {
      expect(isForbiddenName(word, 'variable'), word).toBe(true);
      expect(isForbiddenName(word, 'parameter'), word).toBe(true);
    }
    for (const word of ['string', 'number', 'any', 'unknown', 'never', 'object'])
      expect(isForbiddenName(word, 'typeAlias'), word).toBe(true);
    for (const word of ['constructor', 'prototype', '__proto__'])
      expect(isForbiddenName(word, 'method'), word).toBe(true);
    expect(isForbiddenName('string', 'variable')).toBe(false);
  });
});
