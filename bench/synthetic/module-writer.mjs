// Writes one module from its plan: header, imports, module-level state, the planned exports mixed
// with private units until the planned length is reached, then the export footer.
import { CodeWriter, Scope } from './code-writer.mjs';
import { GLOBAL_CALLBACKS, NODE_BUILTINS, NPM_PACKAGES, importLine } from './externals.mjs';
import { NameBook } from './names.mjs';
import { Random } from './random.mjs';
import { propsTypeName, writeEnum, writeInterface, writeTypeAlias } from './type-declarations.mjs';
import { writeClass, writeComponent, writeConstant, writeFunction, writePrototypeClass } from './units.mjs';

/**
 * @typedef {'cjs' | 'esm' | 'ts' | 'tsx' | 'jsx'} ModuleKind
 * @typedef {'function' | 'class' | 'const' | 'interface' | 'type' | 'enum' | 'component'} ExportKind
 * @typedef {{ name: string, kind: ExportKind }} ExportPlan
 * @typedef {{ specifier: string, names: ExportPlan[] }} ImportPlan
 * @typedef {{ path: string, kind: ModuleKind, targetLines: number, exports: ExportPlan[], imports: ImportPlan[], seed: number }} ModulePlan
 */

const BINDING_KIND = { function: 'fn', class: 'cls', const: 'obj', enum: 'obj', component: 'cls' };

const BANNERS = [
  ['/*', ' * Copyright (c) 2014-2019 Acme Corp. All rights reserved.', ' * Proprietary and confidential.', ' */'],
  ['/**', ' * @module', ' * @deprecated parts of this file are replaced by the new service layer', ' */'],
  ['// Originally written for the 2016 release. Touch with care.'],
  ['/* jshint node: true */'],
];

/** @param {ModulePlan} plan */
function languageOf(plan) {
  const ts = plan.kind === 'ts' || plan.kind === 'tsx';
  const system = plan.kind === 'cjs' ? 'cjs' : ts ? 'ts' : 'esm';
  return { lang: { ts, jsx: plan.kind === 'tsx' || plan.kind === 'jsx', esm: plan.kind !== 'cjs' }, system };
}

/** @param {import('./units.mjs').FileContext} ctx @param {ModulePlan} plan */
function writeImports(ctx, plan) {
  const r = ctx.r;
  if (ctx.lang.jsx) ctx.w.line(`import React, { useState, useEffect } from 'react';`);
  const externals = [
    ...r.sample(
      NODE_BUILTINS,
      r.weighted([
        [0, 3],
        [1, 3],
        [2, 2],
        [3, 1],
      ]),
    ),
    ...r.sample(
      NPM_PACKAGES,
      r.weighted([
        [0, 3],
        [1, 3],
        [2, 1],
      ]),
    ),
  ];
  for (const external of externals) {
    ctx.w.line(importLine(external, ctx.system, r));
    ctx.names.claim(external.binding);
    for (const call of external.calls) ctx.scope.add(call, 'fn');
    for (const cls of external.classes ?? []) ctx.scope.add(cls, 'cls');
    ctx.file.callbackApis.push(...(external.callbacks ?? []));
  }
  for (const imported of plan.imports) {
    const values = imported.names.filter((entry) => entry.kind !== 'interface' && entry.kind !== 'type');
    const names = imported.names.map((entry) => entry.name);
    if (ctx.system === 'cjs') {
      if (r.chance(0.3)) {
        const namespace = ctx.names.claim(
          `${imported.specifier
            .split('/')
            .pop()
            .replace(/[^A-Za-z0-9]/g, '_')}_mod`,
        );
        ctx.w.line(`var ${namespace} = require('${imported.specifier}');`);
        for (const entry of values)
          if (r.chance(0.85)) ctx.scope.add(`${namespace}.${entry.name}`, BINDING_KIND[entry.kind]);
        continue;
      }
      ctx.w.line(`${r.chance(0.6) ? 'const' : 'var'} { ${names.join(', ')} } = require('${imported.specifier}');`);
    } else {
      ctx.w.line(`import { ${names.join(', ')} } from '${imported.specifier}';`);
    }
    for (const entry of imported.names) {
      if (entry.kind === 'interface' || entry.kind === 'type') ctx.typeNames.push(entry.name);
      else if (entry.kind === 'component') ctx.components.push(entry.name);
      // roughly one import in eight is dead: present at the top, never used below
      else if (r.chance(0.88)) ctx.scope.add(entry.name, BINDING_KIND[entry.kind]);
    }
  }
}

/** @param {import('./units.mjs').FileContext} ctx */
function writeModuleState(ctx) {
  const r = ctx.r;
  const keyword = ctx.lang.esm ? 'const' : 'var';
  for (
    let i = Math.min(
      r.weighted([
        [0, 3],
        [1, 3],
        [2, 2],
        [4, 1],
      ]),
      Math.floor(ctx.remaining() / 20),
    );
    i > 0;
    i--
  ) {
    const name = ctx.names.constant();
    const [value, kind] = r.pick([
      [String(r.int(1, 60) * 1000), 'num'],
      [`'${r.pick(['v1', 'v2', 'prod', 'legacy', 'utf8'])}'`, 'str'],
      ['{}', 'obj'],
      ['[]', 'arr'],
      ['false', 'bool'],
    ]);
    ctx.w.line(`${kind === 'obj' || kind === 'arr' ? keyword : r.pick([keyword, 'var'])} ${name} = ${value};`);
    if (r.chance(0.85)) ctx.scope.add(name, kind, false);
  }
  if (ctx.lang.esm && r.chance(0.3)) {
    const counter = ctx.names.claim(r.pick(['instance_count', 'requestCounter', 'cache_hits']));
    ctx.w.line(`let ${counter} = 0;`);
    ctx.scope.add(counter, 'num', true);
  }
}

/**
 * @param {import('./units.mjs').FileContext} ctx @param {ExportPlan} entry
 * @param {string} prefix `export ` when the declaration itself carries the export
 */
function writeUnit(ctx, entry, prefix) {
  ctx.w.line('');
  switch (entry.kind) {
    case 'function':
      return writeFunction(ctx, entry.name, prefix);
    case 'class':
      if (ctx.system === 'cjs' && ctx.r.chance(0.4)) return writePrototypeClass(ctx, entry.name);
      return writeClass(ctx, entry.name, prefix);
    case 'const':
      return writeConstant(ctx, entry.name, prefix);
    case 'interface':
      return writeInterface(ctx, entry.name, prefix);
    case 'type':
      return writeTypeAlias(ctx, entry.name, prefix);
    case 'enum':
      return void writeEnum(ctx, entry.name, prefix);
    default: {
      let propsType = '';
      if (ctx.lang.ts) {
        propsType = ctx.names.claim(propsTypeName(entry.name));
        writeInterface(ctx, propsType, prefix);
        ctx.w.line('');
      }
      return writeComponent(ctx, entry.name, prefix, propsType);
    }
  }
}

/** @param {import('./units.mjs').FileContext} ctx */
function privateUnit(ctx) {
  const r = ctx.r;
  const kind = r.weighted([
    ['function', 12],
    ['class', 2],
    ['const', 2],
    ['interface', ctx.lang.ts ? 2 : 0],
    ['type', ctx.lang.ts ? 1 : 0],
  ]);
  const name = kind === 'function' ? ctx.names.func() : kind === 'const' ? ctx.names.constant() : ctx.names.type();
  if (kind === 'interface' || kind === 'type') ctx.typeNames.push(name);
  else ctx.scope.add(name, BINDING_KIND[kind]);
  return { name, kind };
}

/** @param {import('./units.mjs').FileContext} ctx @param {ModulePlan} plan @param {boolean} inline */
function writeExportFooter(ctx, plan, inline) {
  const values = plan.exports.filter(
    (entry) => ctx.system !== 'cjs' || (entry.kind !== 'interface' && entry.kind !== 'type'),
  );
  ctx.w.line('');
  if (ctx.system === 'cjs') {
    if (ctx.r.chance(0.6)) {
      ctx.w.open('module.exports = {');
      for (const entry of values) ctx.w.line(`${entry.name},`);
      ctx.w.close('};');
    } else {
      for (const entry of values)
        ctx.w.line(`${ctx.r.chance(0.5) ? 'module.exports' : 'exports'}.${entry.name} = ${entry.name};`);
    }
    return;
  }
  if (!inline) ctx.w.line(`export { ${plan.exports.map((entry) => entry.name).join(', ')} };`);
  const component = plan.exports.find((entry) => entry.kind === 'component');
  if (component) ctx.w.line(`export default ${component.name};`);
}

/**
 * The source text of one module.
 * @param {ModulePlan} plan
 * @returns {string}
 */
export function writeModule(plan) {
  const r = new Random(plan.seed);
  const { lang, system } = languageOf(plan);
  const taken = [
    ...plan.exports.map((entry) => entry.name),
    ...plan.imports.flatMap((entry) => entry.names.map((name) => name.name)),
  ];
  /** @type {import('./units.mjs').FileContext} */
  const ctx = {
    r,
    w: new CodeWriter(r.chance(0.2) ? '    ' : '  '),
    lang,
    system,
    scope: new Scope(),
    names: new NameBook(r, taken),
    typeNames: [],
    components: [],
    flags: { async: false, loop: false },
    file: { callbackApis: [...GLOBAL_CALLBACKS], logger: r.chance(0.7) ? 'console' : 'logger' },
    remaining: () => Math.max(8, plan.targetLines - ctx.w.count),
  };
  if (r.chance(0.35)) for (const text of r.pick(BANNERS)) ctx.w.line(text);
  if (system === 'cjs' && r.chance(0.5)) ctx.w.line(`'use strict';`);
  writeImports(ctx, plan);
  if (ctx.file.logger === 'logger') {
    ctx.names.claim('logger');
    ctx.w.line(system === 'cjs' ? `var logger = require('../lib/logger');` : `import logger from '../lib/logger';`);
  }
  writeModuleState(ctx);
  for (const entry of plan.exports) {
    if (entry.kind === 'interface' || entry.kind === 'type') ctx.typeNames.push(entry.name);
    else if (entry.kind === 'component') ctx.components.push(entry.name);
    else ctx.scope.add(entry.name, BINDING_KIND[entry.kind]);
  }
  const inline = system !== 'cjs' && r.chance(0.6);
  const pending = r.sample(plan.exports, plan.exports.length);
  // type declarations read best at the top, before the code that uses them
  pending.sort(
    (a, b) =>
      Number(b.kind === 'interface' || b.kind === 'type' || b.kind === 'enum') -
      Number(a.kind === 'interface' || a.kind === 'type' || a.kind === 'enum'),
  );
  while (pending.length > 0 || ctx.w.count < plan.targetLines) {
    const dueNow =
      pending.length > 0 &&
      (r.chance(0.45) || ctx.w.count > plan.targetLines * 0.6 || /^(interface|type|enum)$/.test(pending[0].kind));
    if (dueNow) writeUnit(ctx, /** @type {ExportPlan} */ (pending.shift()), inline ? 'export ' : '');
    else writeUnit(ctx, privateUnit(ctx), '');
  }
  writeExportFooter(ctx, plan, inline);
  return ctx.w.toString();
}
