import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze } from '../src/index.js';

/**
 * sonarjs/no-commented-code parses comment text with the module's parser and parser options. With
 * ESLint's default ecmaVersion for that parse (5), espree rejected module code, `const` and arrow
 * functions, so the rule never reported commented-out code in JavaScript; and a module's parse
 * then lacked the tokens the rule reads ("AST is missing the tokens array", a fatal error). Every
 * kind of JavaScript file, and TypeScript, on both engines.
 */
let repo: TempRepo;
const BODY = [
  'function total(items) {',
  '  // const sum = items.reduce((a, b) => a + b, 0);',
  '  return items.length;',
  '}',
].join('\n');

beforeAll(() => {
  repo = createTempRepo({
    'package.json': JSON.stringify({ name: 'commented', version: '1.0.0' }),
    'src/module.mjs': `${BODY}\nexport { total };\n`,
    'src/import.mjs': '// import { total } from "./module.mjs";\nexport const one = 1;\n',
    'src/common.cjs': `${BODY}\nmodule.exports = { total };\n`,
    'src/commonjs.js': `${BODY}\nmodule.exports = { total };\n`,
    'public/script.js': `${BODY}\ntotal([]);\n`,
    'src/typed.ts': `${BODY.replace('(items)', '(items: number[])')}\nexport { total };\n`,
    'src/prose.js': '// This returns the total of the items, as the docs say.\nmodule.exports = 1;\n',
  });
  repo.commit('modules');
});

afterAll(() => repo.cleanup());

describe('sonarjs/no-commented-code in every kind of module', () => {
  for (const engine of ['eslint', 'oxlint'] as const) {
    it(`reports the commented-out line on ${engine}, with no fatal error`, async () => {
      const { report } = await analyze({ root: repo.dir, jobs: 1, engine, cache: false });
      const found = Object.fromEntries(
        report.modules.map((module) => [
          module.path,
          module.messages
            .filter((message) => message.ruleId === 'sonarjs/no-commented-code' || message.fatal)
            .map((message) => `${message.ruleId ?? 'fatal'}:${message.line}`),
        ]),
      );
      expect(found).toEqual({
        'public/script.js': ['sonarjs/no-commented-code:2'],
        'src/common.cjs': ['sonarjs/no-commented-code:2'],
        'src/commonjs.js': ['sonarjs/no-commented-code:2'],
        'src/import.mjs': ['sonarjs/no-commented-code:1'],
        'src/module.mjs': ['sonarjs/no-commented-code:2'],
        'src/prose.js': [],
        'src/typed.ts': ['sonarjs/no-commented-code:2'],
      });
    });
  }
});
