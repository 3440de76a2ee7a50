/**
 * Scripts (files with no module system) of one package share one global scope, as a page that
 * loads them together or a build that concatenates them does: what one declares at top level,
 * the others see.
 */
import { createHash } from 'node:crypto';
import type { FileFacts } from './file-facts.js';
import type { EnvironmentModel, ScriptGroup, SourceType } from './types.js';

export interface ScriptScopes {
  groups: ScriptGroup[];
  scopes: Map<string, { declared: string[]; usedAcross: string[] }>;
}

/** Groups the scripts of each package (two or more), with the names they share. */
export function planScriptGroups(
  model: EnvironmentModel,
  decisions: ReadonlyMap<string, { sourceType: SourceType }>,
  facts: ReadonlyMap<string, FileFacts>,
): ScriptScopes {
  const byPackage = new Map<string, string[]>();
  for (const [file, decision] of decisions) {
    const fileFacts = facts.get(file);
    if (decision.sourceType !== 'script' || !fileFacts?.topLevel || fileFacts.amd) continue;
    const dir = model.packageOf(file)?.dir ?? '';
    byPackage.set(dir, [...(byPackage.get(dir) ?? []), file]);
  }
  const groups: ScriptGroup[] = [];
  const scopes = new Map<string, { declared: string[]; usedAcross: string[] }>();
  for (const [dir, files] of [...byPackage.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (files.length < 2) continue;
    const declaredBy = new Map<string, Set<string>>();
    for (const file of files) {
      for (const name of facts.get(file)!.topLevel!) {
        const owners = declaredBy.get(name) ?? new Set<string>();
        owners.add(file);
        declaredBy.set(name, owners);
      }
    }
    // a name assigned without a declaration anywhere in the group is a global the scripts create
    const implicit = new Set<string>();
    for (const file of files)
      for (const name of facts.get(file)!.implicit ?? []) if (!declaredBy.has(name)) implicit.add(name);
    const usedAcross = new Set<string>();
    for (const file of files) {
      for (const word of facts.get(file)!.words ?? []) {
        const owners = declaredBy.get(word);
        if (owners && !owners.has(file)) usedAcross.add(word);
      }
    }
    const sorted = files.sort();
    const id = `scripts:${createHash('sha1').update(sorted.join('\n')).digest('hex').slice(0, 8)}`;
    const declared = [...new Set([...declaredBy.keys(), ...implicit])].sort();
    scopes.set(id, { declared, usedAcross: [...usedAcross].sort() });
    groups.push({ id, dir, files: sorted, declared: declared.length, usedAcross: usedAcross.size });
  }
  return { groups, scopes };
}
