import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STYLES,
  NAME_KINDS,
  acceptedStyles,
  conforms,
  splitWords,
  suggestName,
  toStyle,
} from './convention.js';
import type { NameKind } from './convention.js';

describe('splitWords', () => {
  it.each([
    ['order_total', ['order', 'total']],
    ['getHTTPResponse', ['get', 'http', 'response']],
    ['X2Y', ['x2', 'y']],
    ['base64Encode', ['base64', 'encode']],
    ['utf8_string', ['utf8', 'string']],
    ['getHTTP2Response', ['get', 'http2', 'response']],
    ['HTMLParser', ['html', 'parser']],
    ['parseHTML', ['parse', 'html']],
    ['MAX_RETRY_COUNT', ['max', 'retry', 'count']],
    ['OrderBook', ['order', 'book']],
    ['x', ['x']],
    ['X', ['x']],
    ['ID', ['id']],
    ['userID', ['user', 'id']],
    ['__proto__', ['proto']],
    ['$el', ['el']],
    ['jquery$Object', ['jquery', 'object']],
    ['kebab-case-name', ['kebab', 'case', 'name']],
    ['order__total', ['order', 'total']],
    ['v2', ['v2']],
    ['área_total', ['área', 'total']],
    ['ÜberCase', ['über', 'case']],
    ['größeBerechnen', ['größe', 'berechnen']],
    ['数据_total', ['数据', 'total']],
    ['', []],
    ['___', []],
  ])('%s → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('toStyle', () => {
  it.each([
    ['order_total', 'camelCase', 'orderTotal'],
    ['order_book', 'PascalCase', 'OrderBook'],
    ['orderTotal', 'CONSTANT_CASE', 'ORDER_TOTAL'],
    ['orderTotal', 'snake_case', 'order_total'],
    ['getHTTPResponse', 'snake_case', 'get_http_response'],
    ['getHTTPResponse', 'PascalCase', 'GetHttpResponse'],
    ['MAX_RETRY_COUNT', 'camelCase', 'maxRetryCount'],
    ['_private_value', 'camelCase', '_privateValue'],
    ['__dunder__', 'camelCase', '__dunder__'],
    ['trailing_', 'camelCase', 'trailing_'],
    ['$jquery_el', 'camelCase', '$jqueryEl'],
    ['$', 'camelCase', '$'],
    ['_', 'PascalCase', '_'],
    ['_1', 'camelCase', '_1'],
    ['tax_rates_1999', 'camelCase', 'taxRates1999'],
    ['tax_rates_1999', 'PascalCase', 'TaxRates1999'],
    ['X2Y', 'camelCase', 'x2Y'],
    ['x', 'PascalCase', 'X'],
    ['X', 'camelCase', 'x'],
    ['área_total', 'camelCase', 'áreaTotal'],
    ['über_case', 'PascalCase', 'ÜberCase'],
  ] as const)('%s as %s → %s', (name, style, expected) => {
    expect(toStyle(name, style)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const name of ['order_total', 'getHTTPResponse', 'MAX_RETRY_COUNT', '_private_value', '$jquery_el', 'X2Y']) {
      for (const style of ['camelCase', 'PascalCase', 'CONSTANT_CASE', 'snake_case'] as const) {
        const once = toStyle(name, style);
        expect(toStyle(once, style)).toBe(once);
      }
    }
  });

  it('never produces a name that starts with a digit', () => {
    expect(toStyle('1st_place', 'camelCase')).toBe('_1stPlace');
  });
});

describe('DEFAULT_STYLES', () => {
  it('has a style for every kind', () => {
    expect(Object.keys(DEFAULT_STYLES).sort()).toEqual([...NAME_KINDS].sort());
    expect(DEFAULT_STYLES).toEqual({
      variable: 'camelCase',
      constant: 'camelCase',
      function: 'camelCase',
      parameter: 'camelCase',
      class: 'PascalCase',
      interface: 'PascalCase',
      typeAlias: 'PascalCase',
      enum: 'PascalCase',
      enumMember: 'PascalCase',
      method: 'camelCase',
      property: 'camelCase',
    });
  });
});

describe('conforms', () => {
  const ok = (name: string, kind: NameKind, moduleLevelConst = false): boolean =>
    conforms(name, kind, { moduleLevelConst });

  it('accepts camelCase values and PascalCase types', () => {
    expect(['orderTotal', 'x', 'getHTTPResponse', 'base64Encode', 'v2'].map((name) => ok(name, 'variable'))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['OrderBook', 'T', 'URL', 'HTTPClient'].map((name) => ok(name, 'class'))).toEqual([true, true, true, true]);
  });

  it('rejects snake_case and lower-case type names', () => {
    expect(ok('order_total', 'variable')).toBe(false);
    expect(ok('order_total', 'function')).toBe(false);
    expect(ok('order_book', 'class')).toBe(false);
    expect(ok('orderBook', 'interface')).toBe(false);
    expect(ok('Get_Total', 'method')).toBe(false);
  });

  it('accepts CONSTANT_CASE only for module-level constants and enum members', () => {
    expect(ok('MAX_SIZE', 'constant', true)).toBe(true);
    expect(ok('MAX_SIZE', 'constant', false)).toBe(false);
    expect(ok('MAX_SIZE', 'variable', true)).toBe(false);
    expect(ok('MAX_SIZE', 'enumMember')).toBe(true);
    expect(ok('Red', 'enumMember')).toBe(true);
    expect(conforms('MAX_SIZE', 'constant', { moduleLevelConst: true }, { allowConstantCase: false })).toBe(false);
  });

  it('accepts PascalCase values (constructor functions, components) unless told otherwise', () => {
    expect(ok('Person', 'function')).toBe(true);
    expect(ok('Button', 'constant')).toBe(true);
    expect(ok('Person', 'method')).toBe(false);
    expect(ok('Person', 'parameter')).toBe(false);
    expect(conforms('Person', 'function', {}, { allowPascalCaseValues: false })).toBe(false);
  });

  it('treats leading and trailing markers as no part of the style', () => {
    expect(ok('_private', 'variable')).toBe(true);
    expect(ok('__internal', 'method')).toBe(true);
    expect(ok('$element', 'variable')).toBe(true);
    expect(ok('class_', 'variable')).toBe(true);
    expect(ok('_', 'parameter')).toBe(true);
    expect(ok('$', 'variable')).toBe(true);
    expect(ok('_1', 'variable')).toBe(true);
    expect(conforms('_private', 'variable', {}, { allowLeadingUnderscore: false })).toBe(false);
    expect(conforms('$element', 'variable', {}, { allowLeadingUnderscore: false })).toBe(true);
  });

  it('follows configured styles', () => {
    const options = { styles: { variable: 'snake_case', class: 'CONSTANT_CASE' } } as const;
    expect(conforms('order_total', 'variable', {}, options)).toBe(true);
    expect(conforms('orderTotal', 'variable', {}, options)).toBe(false);
    expect(conforms('ORDER_BOOK', 'class', {}, options)).toBe(true);
    expect(acceptedStyles('variable', {}, options)).toEqual(['snake_case']);
  });

  it('handles unicode letters, including letters without case', () => {
    expect(ok('áreaTotal', 'variable')).toBe(true);
    expect(ok('área_total', 'variable')).toBe(false);
    expect(ok('Über', 'class')).toBe(true);
    expect(ok('数据', 'class')).toBe(true);
    expect(ok('数据', 'variable')).toBe(true);
  });
});

describe('suggestName', () => {
  it.each([
    ['order_total', 'variable', false, 'orderTotal'],
    ['calc_order_total', 'function', false, 'calcOrderTotal'],
    ['order_book', 'class', false, 'OrderBook'],
    ['MAX_SIZE', 'constant', false, 'maxSize'],
    ['_private_value', 'property', false, '_privateValue'],
    ['Get_Total', 'method', false, 'getTotal'],
    ['tax_rates_1999', 'variable', false, 'taxRates1999'],
    ['orderBook', 'interface', false, 'OrderBook'],
    ['X', 'method', false, 'x'],
    ['order_status', 'enumMember', false, 'OrderStatus'],
  ] as const)('%s (%s, module-level %s) → %s', (name, kind, moduleLevelConst, expected) => {
    expect(suggestName(name, kind, { moduleLevelConst })).toBe(expected);
  });

  it('returns undefined for names that conform', () => {
    expect(suggestName('orderTotal', 'variable', {})).toBeUndefined();
    expect(suggestName('MAX_SIZE', 'constant', { moduleLevelConst: true })).toBeUndefined();
    expect(suggestName('_', 'parameter', {})).toBeUndefined();
  });

  it('drops a leading underscore when leading underscores are not allowed', () => {
    expect(suggestName('_order_total', 'variable', {}, { allowLeadingUnderscore: false })).toBe('orderTotal');
    expect(suggestName('_orderTotal', 'variable', {}, { allowLeadingUnderscore: false })).toBe('orderTotal');
  });

  it('suggests in the configured style', () => {
    expect(suggestName('orderTotal', 'variable', {}, { styles: { variable: 'snake_case' } })).toBe('order_total');
  });
});
