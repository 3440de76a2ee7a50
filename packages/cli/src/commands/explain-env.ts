import type { EnvironmentReport } from '@upkeep/core';

const MAX_FILES = 8;

/** `upkeep score --explain-env`: the environments applied, by group of modules, with the reasons. */
export function formatEnvironment(environment: EnvironmentReport | undefined): string {
  if (!environment) return 'environments: not recorded in this report\n';
  const { module, commonjs, script } = environment.sourceTypes;
  const lines = [`environments (${module} ES modules, ${commonjs} CommonJS, ${script} scripts):`];
  for (const group of environment.groups) {
    const files =
      group.files.length > MAX_FILES
        ? [...group.files.slice(0, MAX_FILES), `… ${group.files.length - MAX_FILES} more`]
        : group.files;
    const globals = [...group.globals, ...(group.extraGlobals > 0 ? [`${group.extraGlobals} more globals`] : [])].join(
      ', ',
    );
    lines.push(
      `  ${files.join(', ')} — ${group.modules} module${group.modules === 1 ? '' : 's'}: ${group.sourceType}, globals ${globals || '(none)'}${group.testFile ? ', test files' : ''}`,
    );
    for (const reason of group.reasons) lines.push(`      ${reason}`);
  }
  for (const group of environment.scriptGroups) {
    lines.push(
      `  scripts sharing one global scope in ${group.dir || 'the root package'}: ${group.files.length} files, ${group.declared} top-level names, ${group.usedAcross} used by another script`,
    );
  }
  for (const notice of environment.notices) lines.push(`  note: ${notice}`);
  return `${lines.join('\n')}\n`;
}
