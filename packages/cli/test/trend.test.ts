import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';
import { chromiumForTests } from './chromium.js';

const upkeep = inProcessCli(runCli);

const SCHEMA = JSON.parse(readFileSync(new URL('../../../schemas/trend.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

const CONFIG = `export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error', eqeqeq: 'error', 'no-var': 'error' } }];\n`;
const UPKEEP_CONFIG = JSON.stringify({
  include: ['src/**'],
  eslintConfig: 'eslint.config.mjs',
  categories: { 'no-debugger': 'E', eqeqeq: 'W', 'no-var': 'C' },
});
/** 10 statements, 1 E, 2 W → 3.00 */
const A = `const a = 1;\nlet b = 2;\nif (a == b) {\n  b = 3;\n}\nfunction f(x) {\n  debugger;\n  return x == 1;\n}\nf(a);\nconsole.log(b);\nexport { a };\n`;
/** 4 statements, clean */
const B = `import { a } from './a.js';\nconst twice = a * 2;\nconsole.log(twice);\nexport default twice;\n`;

/** total per commit: 5.00, 8.46 (10 − 20/13), 8.46 (docs only), 4.62 (a broken module), 8.46 (rename, delete), 8.67 (15 st, 2 W), 8.12 (merge: 16 st, 2 W, 1 C) */
function scriptedHistory(): TempRepo {
  const repo = createTempRepo({
    'eslint.config.mjs': CONFIG,
    'upkeep.config.json': UPKEEP_CONFIG,
    'src/a.js': A,
    'src/b.js': B,
    'README.md': '# app\n',
  });
  const improved = A.replace('  debugger;\n', '');
  repo.commit('initial');
  repo.write({ 'src/a.js': improved });
  repo.commit('improve a');
  repo.write({ 'README.md': '# app\ndocumented\n' });
  repo.commit('docs only');
  repo.write({ 'src/c.js': 'function broken( {\n' });
  repo.commit('add a broken module');
  repo.remove('src/c.js');
  repo.git('mv', 'src/b.js', 'src/renamed.js');
  repo.commit('delete c, rename b');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'src/a.js': `${improved}var z = 1;\n` });
  repo.commit('feature: a var');
  repo.git('checkout', '-q', 'main');
  repo.write({ 'src/d.js': 'const d = 1;\nconsole.log(d);\n' });
  repo.commit('add d = "x" | <b>');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch feature', 'feature');
  return repo;
}

let repo: TempRepo;
beforeAll(() => {
  repo = scriptedHistory();
});
afterAll(() => repo.cleanup());

describe('upkeep trend', () => {
  it('writes a Trend JSON with the exact series, valid against trend.schema.json', async () => {
    const run = await upkeep(['trend', '--out', 'trend.json', '--quiet'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const trend = JSON.parse(readFileSync(join(repo.dir, 'trend.json'), 'utf8'));
    expect(validate(trend), JSON.stringify(validate.errors)).toBe(true);
    expect(trend.points.map((p: { score: number }) => p.score.toFixed(4))).toEqual(
      [10 - 70 / 14, 10 - 20 / 13, 10 - 20 / 13, 10 - 70 / 13, 10 - 20 / 13, 10 - 20 / 15, 10 - 30 / 16].map((s) =>
        s.toFixed(4),
      ),
    );
    expect(trend.groups).toEqual({ kind: 'directory', paths: ['src'] });
    expect(trend.movers.map((m: { subject: string }) => m.subject)).toEqual([
      'add a broken module',
      'delete c, rename b',
      'improve a',
      'Merge branch feature',
      'add d = "x" | <b>',
    ]);
    expect(trend.modules.improved).toEqual([{ path: 'src/a.js', before: 3, after: 7, delta: 4 }]);
    expect(trend.points[3].unparseable).toEqual(['src/c.js']);
    expect(trend.notes.map((n: { kind: string }) => n.kind)).toEqual([
      'sampling',
      'first-parent',
      'unparseable',
      'no-module-change',
    ]);
  });

  it('writes CSV and markdown for other tools, format taken from the file name', async () => {
    expect((await upkeep(['trend', '--out', 'trend.csv', '--quiet'], repo.dir)).status).toBe(0);
    const csv = readFileSync(join(repo.dir, 'trend.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'commit,date,author,subject,merge,commits,score,statements,modules,fatal,error,warning,refactor,convention,info,added,removed,modified,unparseable,score:src',
    );
    expect(csv).toHaveLength(9);
    expect(csv[6]).toMatch(
      /^[0-9a-f]{40},2024-01-07T00:00:00\+00:00,Test Author,"add d = ""x"" \| <b>",false,1,8\.67,15,3,0,0,2,0,0,0,1,0,0,0,8\.67$/,
    );
    const md = await upkeep(['trend', '--format', 'md', '--every', '2commits'], repo.dir);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('**5.00/10 → 8.12/10 (+3.12)**');
    expect(md.stdout).toContain('| src/a.js | 3.00 | 7.00 | +4.00 |');
  });

  it('refuses bad input with a clear message, exit 2 and no file left behind', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['--branch', 'nope'],
        `upkeep: --branch nope: not a branch, tag or commit of the repository at ${repo.dir}; branches: feature, main\n`,
      ],
      [
        ['--since', '2024-02-01', '--until', '2024-01-01'],
        'upkeep: --since 2024-02-01 is after --until 2024-01-01; swap them\n',
      ],
      [
        ['--since', '2024-02-30'],
        'upkeep: --since expects a date such as 2024-01-31 or 2024-01-31T18:00:00Z, got "2024-02-30"\n',
      ],
      [
        ['--every', 'fortnight'],
        'upkeep: --every expects commit, day, week, month or <N>commits (e.g. 10commits), got "fortnight"\n',
      ],
      [['--max-points', '0'], 'upkeep: --max-points expects a whole number from 1 to 5000, got "0"\n'],
      [
        ['--since', '2030-01-01'],
        'upkeep: no commit of main landed in the range --since 2030-01-01; widen the range (dates are committer dates, as `git log` shows them)\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const run = await upkeep(['trend', ...args, '--out', 'bad.html'], repo.dir);
      expect([run.status, run.stderr]).toEqual([2, stderr]);
      expect(existsSync(join(repo.dir, 'bad.html'))).toBe(false);
    }
    const empty = createTempRepo();
    const docsOnly = createTempRepo({ 'README.md': '# only docs\n' });
    try {
      expect((await upkeep(['trend'], empty.dir)).stderr).toBe(
        `upkeep: the repository at ${empty.dir} has no commits yet: there is no history to score; commit first\n`,
      );
      docsOnly.commit('docs');
      const run = await upkeep(['trend', '--out', 'q.html'], docsOnly.dir);
      expect([run.status, run.stderr]).toEqual([
        2,
        'upkeep: no JavaScript or TypeScript module in any of the 1 sampled commits of main; nothing to chart\n',
      ]);
      expect(existsSync(join(docsOnly.dir, 'q.html'))).toBe(false);
    } finally {
      empty.cleanup();
      docsOnly.cleanup();
    }
  });

  const browser = chromiumForTests();
  const skipBrowser = browser.executablePath === undefined && !browser.required;
  const title = 'renders an offline HTML report in Chromium: charts drawn, tooltip on hover, no console error';
  it.skipIf(skipBrowser)(
    skipBrowser ? `${title} (SKIPPED: no Chromium found; ${browser.howToEnable})` : title,
    async () => {
      expect(
        browser.executablePath,
        `Chromium is required here (UPKEEP_REQUIRE_CHROMIUM=1) but none was found; ${browser.howToEnable}`,
      ).toBeDefined();
      expect(existsSync(browser.executablePath!), `UPKEEP_CHROMIUM=${browser.executablePath}: no such file`).toBe(true);
      const run = await upkeep(['trend', '--out', 'quality.html'], repo.dir);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(
        /^upkeep: 7 points, 7 distinct module versions \(\d+ linted, \d+ from the cache\) → quality\.html\n$/,
      );
      const html = readFileSync(join(repo.dir, 'quality.html'), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/cdn/i);
      const chrome = await chromium.launch({
        executablePath: browser.executablePath!,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      try {
        const page = await chrome.newPage({ viewport: { width: 1200, height: 900 } });
        const problems: string[] = [];
        const requests: string[] = [];
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(`file://${join(repo.dir, 'quality.html')}`);
        await page.waitForFunction(() => 'upkeepCharts' in window);
        // every canvas has drawn pixels (not a blank or transparent rectangle)
        const painted = await page.evaluate(() =>
          ['score-chart', 'groups-chart', 'counts-chart'].map((id) => {
            const canvas = document.getElementById(id) as HTMLCanvasElement;
            const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
            let drawn = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) drawn++;
            return drawn;
          }),
        );
        for (const drawn of painted) expect(drawn).toBeGreaterThan(1000);
        const point = await page.evaluate(() => {
          const chart = (
            window as unknown as {
              upkeepCharts: {
                score: {
                  canvas: HTMLCanvasElement;
                  getDatasetMeta(i: number): { data: Array<{ x: number; y: number }> };
                };
              };
            }
          ).upkeepCharts.score;
          const box = chart.canvas.getBoundingClientRect();
          const element = chart.getDatasetMeta(0).data[3]!;
          return { x: box.left + element.x, y: box.top + element.y };
        });
        await page.mouse.move(point.x, point.y);
        const tooltip = page.locator('#tooltip');
        await tooltip.waitFor({ state: 'visible' });
        expect(await tooltip.textContent()).toContain('add a broken module');
        expect(await tooltip.textContent()).toContain('total score: 4.62');
        expect(await page.locator('table').first().textContent()).toContain('add d = "x" | <b>');
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: new URL('trend-report.png', ARTIFACTS).pathname, fullPage: true });
        // dates and commit hashes never wrap: each is one line box, also in a narrow window
        await page.setViewportSize({ width: 420, height: 900 });
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')),
        );
        const wrapped = await page.evaluate(() =>
          [...document.querySelectorAll('.token')]
            .filter((token) => token.getClientRects().length > 1)
            .map((token) => token.textContent),
        );
        expect(wrapped).toEqual([]);
        expect(problems).toEqual([]);
        expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
      } finally {
        await chrome.close();
      }
    },
  );
});
