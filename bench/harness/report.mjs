// Turns timings and memory figures into the printed table and the verdict on the two goals.

/**
 * @typedef {{ id: string, name: string, mean: number, stddev: number, ratio: number, cpu: number | undefined, cpuRatio: number | undefined, peakRssMb: number | undefined }} Row
 * @typedef {{ label: string, ratio: number | undefined, limit: number, met: boolean | undefined }} Goal
 */

const COLD_GOAL = 0.2;
const COLD_ESLINT_GOAL = 0.85;
const WARM_GOAL = 1;
/** issue 14: two lint threads of the ESLint engine hold at most 1.5× the memory of single-threaded ESLint */
const JOBS2_RSS_GOAL = 1.5;

/**
 * @param {import('./hyperfine.mjs').Timing[]} timings in command order
 * @param {import('./commands.mjs').BenchCommand[]} commands the same order
 * @param {Map<string, number | undefined>} peakRss by command id
 * @returns {Row[]}
 */
export function buildRows(timings, commands, peakRss) {
  const baseline = timings[commands.findIndex((command) => command.id === 'eslint')];
  if (!baseline) throw new Error('the single-threaded eslint timing is missing; it is the baseline of every ratio');
  return timings.map((timing, i) => {
    const command = /** @type {import('./commands.mjs').BenchCommand} */ (commands[i]);
    return {
      id: command.id,
      name: command.name,
      mean: timing.mean,
      stddev: timing.stddev,
      ratio: timing.mean / baseline.mean,
      cpu: timing.cpu,
      cpuRatio: timing.cpu === undefined || !baseline.cpu ? undefined : timing.cpu / baseline.cpu,
      peakRssMb: peakRss.get(command.id),
    };
  });
}

/** @param {Row[]} rows @returns {Goal[]} */
export function evaluateGoals(rows) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const cold = byId.get('upkeep-cold');
  const coldEslint = byId.get('upkeep-cold-eslint');
  const eslint = byId.get('eslint');
  const rssRatio =
    cold?.peakRssMb !== undefined && eslint?.peakRssMb !== undefined ? cold.peakRssMb / eslint.peakRssMb : undefined;
  const warm = byId.get('upkeep-warm');
  const eslintCache = byId.get('eslint-cache');
  const warmRatio = warm && eslintCache ? warm.mean / eslintCache.mean : undefined;
  // the ESLint engine's own cost: one lint thread against ESLint's one (CPU, the fair figure on a
  // shared machine), and the memory of two lint threads against ESLint's one
  const oneThread = byId.get('upkeep-cold-eslint-j1');
  const twoThreadsRss =
    coldEslint?.peakRssMb !== undefined && eslint?.peakRssMb !== undefined
      ? coldEslint.peakRssMb / eslint.peakRssMb
      : undefined;
  return [
    {
      label: `upkeep score cold (oxlint) ≤ ${COLD_GOAL}× single-threaded eslint`,
      ratio: cold?.ratio,
      limit: COLD_GOAL,
      met: cold ? cold.ratio <= COLD_GOAL : undefined,
    },
    {
      label: 'upkeep score cold (oxlint) peak RSS ≤ single-threaded eslint',
      ratio: rssRatio,
      limit: 1,
      met: rssRatio === undefined ? undefined : rssRatio <= 1,
    },
    {
      label: `upkeep score cold (eslint) ≤ ${COLD_ESLINT_GOAL}× single-threaded eslint`,
      ratio: coldEslint?.ratio,
      limit: COLD_ESLINT_GOAL,
      met: coldEslint ? coldEslint.ratio <= COLD_ESLINT_GOAL : undefined,
    },
    {
      label: 'upkeep score warm ≤ eslint --cache warm',
      ratio: warmRatio,
      limit: WARM_GOAL,
      met: warmRatio === undefined ? undefined : warmRatio <= WARM_GOAL,
    },
    {
      label: 'upkeep score cold (eslint, --jobs 1) CPU ≤ single-threaded eslint CPU',
      ratio: oneThread?.cpuRatio,
      limit: 1,
      met: oneThread?.cpuRatio === undefined ? undefined : oneThread.cpuRatio <= 1,
    },
    {
      label: `upkeep score cold (eslint, --jobs 2) peak RSS ≤ ${JOBS2_RSS_GOAL}× single-threaded eslint`,
      ratio: twoThreadsRss,
      limit: JOBS2_RSS_GOAL,
      met: twoThreadsRss === undefined ? undefined : twoThreadsRss <= JOBS2_RSS_GOAL,
    },
  ];
}

/** @param {string} text @param {number} width */
const left = (text, width) => text.padEnd(width);
/** @param {string} text @param {number} width */
const right = (text, width) => text.padStart(width);

/** @param {Row[]} rows @returns {string} */
export function formatTable(rows) {
  const width = Math.max(9, ...rows.map((row) => row.name.length));
  const header = `${left('benchmark', width)}  ${right('mean (s)', 9)}  ${right('± sd', 6)}  ${right('× eslint', 8)}  ${right('CPU (s)', 8)}  ${right('CPU ×', 6)}  ${right('peak RSS (MB)', 13)}`;
  const lines = rows.map((row) =>
    [
      left(row.name, width),
      right(row.mean.toFixed(2), 9),
      right(row.stddev.toFixed(2), 6),
      right(`${row.ratio.toFixed(2)}×`, 8),
      right(row.cpu === undefined ? 'n/a' : row.cpu.toFixed(2), 8),
      right(row.cpuRatio === undefined ? 'n/a' : `${row.cpuRatio.toFixed(2)}×`, 6),
      right(row.peakRssMb === undefined ? 'n/a' : row.peakRssMb.toFixed(0), 13),
    ].join('  '),
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

/** @param {Goal[]} goals @returns {string} */
export function formatGoals(goals) {
  return goals
    .map((goal) => {
      if (goal.met === undefined || goal.ratio === undefined) return `goal: ${goal.label}: not measured`;
      return `goal: ${goal.label}: ${goal.ratio.toFixed(2)}× → ${goal.met ? 'met' : 'NOT met'}`;
    })
    .join('\n');
}
