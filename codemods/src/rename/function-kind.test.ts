import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { RULES } from '@upkeep/eslint-plugin';
import { openTsProject } from '../runner/engine.js';
import type { CodemodContext, Skip } from '../runner/types.js';
import { renameCodemod, type RenameDetails } from './index.js';

// Every form of function the classification must get right: a class only on evidence of use as a
// constructor; a function expression assigned as a method, in an object literal, exported, held in
// a variable, passed as a callback or called at once is a function, `this.x =` inside or not.
const SOURCE = `'use strict';
var util = require('util');
var app = {};
app.init_app = function init_app() { this.cache = {}; return this; };
app.set_status = function set_status(code) { this.statusCode = code; return this; };
var api = { fetch_rows: function fetch_rows() { this.rows = []; return this; } };
exports.send_file = function send_file() { this.sent = true; };
var make_reply = function build_reply() { this.text = ''; };
[1].map(function map_item(item) { this.seen = item; return item; });
(function start_up() { this.ready = true; })();
function set_header(name) { this.header = name; return this; }
function order_book() { this.rows = []; }
var book = new order_book();
function base_row() {}
base_row.prototype.describe_row = function describe_row() { return 'row'; };
function text_row() { base_row.call(this); }
util.inherits(text_row, base_row);
function plain_base() {}
class LineRow extends plain_base {}
/** @constructor */
function tagged_row() { this.id = 1; }
lib_holder();
function lib_holder() {
  var lib = {};
  lib.make_widget = function widget_impl() { this.w = 1; };
  return new lib.make_widget();
}
// camelCase functions enough that no snake_case style is inferred for the kind
function loadAll() {}
function saveAll() {}
function readOne() {}
function writeOne() {}
module.exports.all = [loadAll, saveAll, readOne, writeOne, app, api, make_reply, set_header, book, text_row, LineRow, tagged_row];
`;

/** What the identifier-naming rule asks: "kind name → suggestion". */
function ruleFindings(text: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.js'],
        languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' },
        plugins: { upkeep: { rules: RULES } },
        rules: { 'upkeep/identifier-naming': 'error' },
      },
    ],
    'app.js',
  );
  return messages.map((m) => {
    const [, kind, name, suggestion] = /^(\w+) name '([^']+)'.*rename it to '([^']+)'/.exec(m.message) ?? [];
    return `${kind!.charAt(0).toLowerCase()}${kind!.slice(1)} ${name} → ${suggestion}`;
  });
}

async function plan(text: string): Promise<{ details: RenameDetails; skips: Skip[] }> {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-rename-fnkind-'));
  try {
    writeFileSync(join(root, 'package.json'), '{"name":"p","private":true}');
    writeFileSync(join(root, 'app.js'), text);
    let project: ReturnType<typeof openTsProject> | undefined;
    const context: CodemodContext = {
      root,
      paths: [],
      model: { files: ['app.js'], isFixture: () => false, notices: [] },
      project: async () => (project ??= openTsProject(root, () => [join(root, 'app.js')])),
      onProgress: () => undefined,
    };
    const result = await renameCodemod().plan(context);
    return { details: result.details as RenameDetails, skips: result.skips };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('function or class: the rule and the codemod classify alike', () => {
  it('classes only on constructor evidence, function expressions as functions, names that follow a property kept', async () => {
    const { details, skips } = await plan(SOURCE);
    const renamed = details.renamed.map((r) => `${r.kind} ${r.from} → ${r.to}`).sort();
    expect(renamed).toEqual(
      [
        'class base_row → BaseRow',
        'class order_book → OrderBook',
        'class plain_base → PlainBase',
        'class tagged_row → TaggedRow',
        'class text_row → TextRow',
        'class widget_impl → WidgetImpl',
        'constant make_reply → makeReply',
        'function build_reply → buildReply',
        'function lib_holder → libHolder',
        'function map_item → mapItem',
        'function set_header → setHeader',
        'function start_up → startUp',
        'method fetch_rows → fetchRows',
      ].sort(),
    );
    // the function's own name follows its property: kept where the property is not renamed
    expect(skips.map((s) => `${s.subject}: ${s.reason}`).sort()).toEqual(
      [
        'describe_row → describeRow: name-matches-property',
        'init_app → initApp: name-matches-property',
        'set_status → setStatus: name-matches-property',
        'send_file → sendFile: name-matches-property',
        // the export itself: nothing requires this module by a static path
        'send_file → sendFile: no-static-importer',
      ].sort(),
    );
    // the score asks for exactly these renames, with the same kinds (exports are not the rule's)
    expect(ruleFindings(SOURCE).sort()).toEqual(renamed);
  }, 120_000);
});

describe('a named function whose `.name` code outside the project can read', () => {
  it('is kept when passed straight to a callee outside the project; built-ins and project callees do not count', async () => {
    const { details, skips } = await plan(`'use strict';
var router = require('router');
var local = { use: function (path, fn) { return fn; } };
router.use('/mounted', function mounted_app(req, res, next) { next(); });
router.use('/wrapped', (function wrapped_app(req, res, next) { next(); }));
new Promise(function run_job(resolve) { resolve(); });
local.use('/local', function local_app() {});
[1].forEach(function each_item() {});
function loadAll() {}
function saveAll() {}
function readOne() {}
function writeOne() {}
module.exports = { router, local, all: [loadAll, saveAll, readOne, writeOne] };
`);
    expect(skips.filter((s) => s.reason === 'name-observable').map((s) => `${s.subject}: ${s.detail}`)).toEqual([
      'mounted_app → mountedApp: a named function passed to `router.use` at app.js:4, code outside the project that can read its `.name`',
      'wrapped_app → wrappedApp: a named function passed to `router.use` at app.js:5, code outside the project that can read its `.name`',
    ]);
    expect(details.renamed.map((r) => `${r.from} → ${r.to}`).sort()).toEqual([
      'each_item → eachItem',
      'local_app → localApp',
      'run_job → runJob',
    ]);
  });
});
