#!/usr/bin/env node
// Writes the generated corpus of the fast-path differential test (local-references.differential.test.ts):
// files that put locals in every syntactic position where a rename needs care (rest elements,
// defaults, shorthand in patterns and literals, export/import specifiers, JSX, parameter properties,
// JSDoc @param, labels, declare module, namespaces, catch clauses, loops). Deterministic (seeded);
// run `node generate.mjs` to rewrite files/ after changing it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), 'files');
let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS = ['user', 'order', 'item', 'total', 'count', 'name', 'value', 'list', 'row', 'key', 'size', 'max', 'min', 'opts', 'cfg', 'data', 'node', 'path', 'text', 'id'];
let serial = 0;
const name = (style = pick(['snake', 'camel', 'snake', 'upper'])) => {
  const a = pick(WORDS);
  const b = pick(WORDS);
  serial += 1;
  if (style === 'snake') return `${a}_${b}${serial}`;
  if (style === 'upper') return `${a.toUpperCase()}_${b.toUpperCase()}${serial}`;
  return `${a}${b[0].toUpperCase()}${b.slice(1)}${serial}`;
};

const templates = {
  js: [
    (n) => { const [a, b, r] = [name(), name(), name()]; return `function f_${n}(input) {\n  const { ${a}, ...${r} } = input;\n  const [${b}, ...rest_${n}] = Object.keys(${r});\n  return { ${a}, ${b}, rest_${n} };\n}\nmodule.exports.f_${n} = f_${n};\n`; },
    (n) => { const [a, b, c] = [name(), name(), name()]; return `function g_${n}({ ${a} = 1, ${b}: ${c} = 2, ...others_${n} } = {}, [${name()} = 3] = []) {\n  let ${name('snake')} = ${a} + ${c};\n  ({ ${b} = ${a} } = others_${n});\n  return { ${a}, ${b}, others_${n} };\n}\nmodule.exports.g_${n} = g_${n};\n`; },
    (n) => { const [a, l] = [name(), name('snake')]; return `exports.h_${n} = function (rows) {\n  const out_${n} = [];\n  ${l}: for (const { ${a}, ...rest_${n} } of rows) {\n    for (const k_${n} in rest_${n}) {\n      if (!k_${n}) continue ${l};\n      if (k_${n} === '${l}') break ${l};\n    }\n    try {\n      out_${n}.push({ ${a} });\n    } catch (${name()}) {\n      out_${n}.push(null);\n    }\n  }\n  return out_${n};\n};\n`; },
    (n) => { const [p, q] = [name(), name()]; return `/**\n * @param {number} ${p} the first\n * @param {object} ${q} the second\n */\nfunction doc_${n}(${p}, ${q}) {\n  const ${name()} = arguments.length;\n  return ${p} + Object.keys(${q}).length; // ${p} in a comment\n}\nmodule.exports = { doc_${n} };\n`; },
    (n) => { const [a, b] = [name(), name()]; return `const ${a} = require('path');\nfunction closure_${n}() {\n  var ${b} = 1;\n  return function inner_${n}(${name()}) {\n    var shadow_${n} = ${b};\n    { let ${b} = 2; shadow_${n} += ${b}; }\n    return [shadow_${n}, ${a}.sep, { ${b} }, { ...{ ${b} } }];\n  };\n}\nmodule.exports = closure_${n};\n`; },
    (n) => { const [a, b] = [name(), name()]; return `export function esm_${n}(${a}, ...${b}) {\n  const obj_${n} = { ${a}, [${b}.length]: ${a}, '${a}x': 1, m_${n}() { return ${a}; } };\n  const ${name()} = class Inner_${n} { run() { return obj_${n}; } };\n  return obj_${n};\n}\nconst hidden_${n} = 1;\nconst other_${n} = hidden_${n} + 1;\nexport { other_${n} as renamed_${n} };\n`; },
  ],
  ts: [
    (n) => { const [a, b] = [name(), name()]; return `export class Holder${n} {\n  constructor(private ${a}: number, public readonly ${b}: string, plain_${n}: boolean) {\n    const local_${n} = plain_${n} ? ${a} : 0;\n    this.${a} = local_${n};\n  }\n}\n`; },
    (n) => { const [a, b, c] = [name(), name(), name()]; return `interface Shape${n} { ${a}: number; ${b}?: string }\nexport function shape_${n}({ ${a}, ${b} = 'x', ...${c} }: Shape${n} & Record<string, unknown>): Shape${n} {\n  const ${name()}: typeof ${a} = ${a};\n  type Local${n} = typeof ${c};\n  const copy_${n}: Local${n} = { ...${c} };\n  return { ${a}, ${b}, ...copy_${n} };\n}\n`; },
    (n) => { const [a, b] = [name(), name()]; return `declare module './missing${n}' {\n  export const ${a}: number;\n  const ${b}: string;\n}\nnamespace Space${n} {\n  const ${name()} = 1;\n  export const ${name()} = 2;\n}\nenum Kind${n} { ${name('camel')} = 1, ${name('snake')} = 2 }\nexport const use_${n} = [Space${n}, Kind${n}];\n`; },
    (n) => { const [a, b] = [name(), name()]; return `import { readFileSync as ${a} } from 'node:fs';\nimport * as ${b} from 'node:path';\nexport function imp_${n}(file_${n}: string): string {\n  const text_${n} = ${a}(${b}.join('.', file_${n}), 'utf8');\n  return text_${n}.trim();\n}\nexport { ${a} as read_${n} };\n`; },
  ],
  tsx: [
    (n) => { const [a, b] = [name('camel'), name()]; const comp = `Comp_${n}`; return `import * as React from 'react';\nconst ${comp} = ({ ${a}, ...${b} }: { ${a}: string; [k: string]: unknown }) => <div title={${a}} {...${b}}>{${a}}</div>;\nexport function page_${n}(label_${n}: string) {\n  const data_${n} = { ${a}: label_${n} };\n  return <${comp} {...data_${n}} ${a}={label_${n}} />;\n}\n`; },
  ],
};

rmSync(out, { recursive: true, force: true });
let count = 0;
for (const [extension, list] of Object.entries(templates)) {
  const files = extension === 'js' ? 90 : extension === 'ts' ? 60 : 20;
  for (let i = 0; i < files; i += 1) {
    const parts = Array.from({ length: 3 }, () => pick(list)((serial += 1)));
    // an ES module file cannot mix with CommonJS text in a way TypeScript accepts less: keep them apart
    const body = extension === 'js' && parts.some((p) => p.startsWith('export')) ? parts.filter((p) => p.startsWith('export')).join('\n') : parts.join('\n');
    const path = join(out, `${extension}/file${i}.${extension === 'js' && body.startsWith('export') ? 'mjs' : extension}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `// generated by ../generate.mjs: do not edit\n${body}`);
    count += 1;
  }
}
process.stdout.write(`wrote ${count} files to ${out}\n`);
