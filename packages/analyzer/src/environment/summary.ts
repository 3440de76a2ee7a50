/** The environment plan as the report shows it: groups with their files shortened to folders where whole. */
import type { EnvironmentReport } from '@upkeep/core';
import type { EnvironmentPlan } from './types.js';

/** Shortens file lists to `dir/**` wherever a group holds every module below `dir`. */
export function summarizeEnvironments(plan: EnvironmentPlan, files: readonly string[]): EnvironmentReport {
  const perDir = countPerDir(files);
  const sourceTypes = { module: 0, commonjs: 0, script: 0 };
  const groups = plan.groups.map((group) => {
    sourceTypes[group.env.sourceType] += group.files.length;
    const base = new Set(group.sets);
    const extraGlobals = Object.keys(group.env.globals).length;
    return {
      files: shorten(group.files, perDir),
      modules: group.files.length,
      sourceType: group.env.sourceType,
      globals: [...base],
      extraGlobals: Math.max(0, extraGlobals - namedCount(group)),
      testFile: group.env.testFile,
      reasons: group.reasons,
    };
  });
  return {
    groups,
    scriptGroups: plan.scriptGroups.map(({ dir, files: members, declared, usedAcross }) => ({
      dir,
      files: members,
      declared,
      usedAcross,
    })),
    sourceTypes,
    notices: plan.notices,
  };
}

/** Globals that come from the named sets (the rest are "extra"); counted by the plan when it was built. */
function namedCount(group: EnvironmentPlan['groups'][number]): number {
  return group.namedGlobals ?? 0;
}

function countPerDir(files: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) for (const dir of ancestors(file)) counts.set(dir, (counts.get(dir) ?? 0) + 1);
  return counts;
}

function ancestors(file: string): string[] {
  const parts = file.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

function shorten(members: readonly string[], perDir: ReadonlyMap<string, number>): string[] {
  const mine = countPerDir(members);
  const out = new Set<string>();
  for (const file of members) {
    const whole = ancestors(file).find((dir) => mine.get(dir) === perDir.get(dir));
    out.add(whole === undefined ? file : `${whole}/**`);
  }
  return [...out].sort();
}
