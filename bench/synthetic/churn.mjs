// Adds a history of ordinary churn on top of a generated project: each commit rewrites a few
// modules (about 1% on average, some commits many more), and now and then adds, deletes or renames
// one, or touches only documentation. Seeded: the same arguments give the same history.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planProject } from './layout.mjs';
import { writeModule } from './module-writer.mjs';
import { Random, deriveSeed } from './random.mjs';

const GIT_IDENTITY = [
  '-c',
  'user.name=upkeep bench',
  '-c',
  'user.email=bench@upkeep.invalid',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'core.autocrlf=false',
];

/** @param {string} cwd @param {string[]} args @param {string} date */
function git(cwd, args, date) {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  return execFileSync('git', [...GIT_IDENTITY, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/**
 * Commits `commits` changes to a project made by generateProject with the same files and seed.
 * @param {{ dir: string, files: number, seed: number, commits: number, firstDay?: number }} options
 * @returns {{ commits: number, rewritten: number, added: number, deleted: number, renamed: number }}
 */
export function addChurn({ dir, files, seed, commits, firstDay = 1 }) {
  const plan = planProject(files, seed);
  const r = new Random(deriveSeed(seed, 'churn'));
  /** @type {Map<string, import('./module-writer.mjs').ModulePlan>} */
  const live = new Map(plan.modules.map((module) => [module.path, module]));
  const stats = { commits: 0, rewritten: 0, added: 0, deleted: 0, renamed: 0 };
  for (let n = 0; n < commits; n++) {
    const day = new Date(Date.UTC(2020, 0, 1 + firstDay + n)).toISOString();
    const paths = [...live.keys()];
    const roll = r.next();
    let subject;
    if (roll < 0.08) {
      writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\n- release ${n}\n`, { flag: 'a' });
      subject = `docs: changelog for release ${n}`;
    } else {
      // most commits touch a handful of files, a few touch dozens (a sweep, a refactoring)
      const count = roll > 0.95 ? r.int(60, 120) : r.int(1, 30);
      for (const path of r.sample(paths, Math.min(count, paths.length))) {
        const module = live.get(path);
        const next = { ...module, seed: deriveSeed(module.seed, `rev${n}`) };
        writeFileSync(join(dir, path), writeModule(next));
        live.set(path, next);
        stats.rewritten++;
      }
      if (r.chance(0.2)) {
        const victim = r.pick(paths);
        rmSync(join(dir, victim));
        live.delete(victim);
        stats.deleted++;
      }
      if (r.chance(0.2)) {
        const from = r.pick([...live.keys()]);
        const to = from.replace(/(\.[jt]sx?)$/, `_v${n}$1`);
        renameSync(join(dir, from), join(dir, to));
        live.set(to, { ...live.get(from), path: to });
        live.delete(from);
        stats.renamed++;
      }
      if (r.chance(0.3)) {
        const template = r.pick([...live.values()]);
        const path = template.path.replace(/(\.[jt]sx?)$/, `_new${n}$1`);
        const module = { ...template, path, seed: deriveSeed(template.seed, `new${n}`) };
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), writeModule(module));
        live.set(path, module);
        stats.added++;
      }
      subject = `change ${n}: ${count} modules`;
    }
    git(dir, ['add', '-A'], day);
    git(dir, ['commit', '-q', '--no-verify', '-m', subject], day);
    stats.commits++;
  }
  return stats;
}
