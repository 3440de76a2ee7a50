// The mass-delete guard: a run that would delete more than a fifth of the project's modules, or of
// a top-level folder's, is almost always missing entry points rather than removing dead code.

const MASS_DELETE_SHARE = 0.2;

export interface MassDelete {
  /** '' for the whole project, else a top-level folder */
  folder: string;
  deleted: number;
  modules: number;
}

/**
 * The folders (and the project as a whole, as '') where `deleted` exceeds a fifth of the modules.
 * A folder needs at least 3 deletions to count, so that removing one of two files is not a "mass".
 */
export function massDeletes(files: readonly string[], deleted: readonly string[]): MassDelete[] {
  const out: MassDelete[] = [];
  const fileSet = new Set(files);
  const gone = deleted.filter((path) => fileSet.has(path));
  if (gone.length >= 3 && gone.length > files.length * MASS_DELETE_SHARE)
    out.push({ folder: '', deleted: gone.length, modules: files.length });
  const top = (path: string): string | undefined => (path.includes('/') ? path.slice(0, path.indexOf('/')) : undefined);
  const modules = new Map<string, number>();
  for (const path of files) {
    const folder = top(path);
    if (folder) modules.set(folder, (modules.get(folder) ?? 0) + 1);
  }
  const removed = new Map<string, number>();
  for (const path of gone) {
    const folder = top(path);
    if (folder) removed.set(folder, (removed.get(folder) ?? 0) + 1);
  }
  for (const [folder, count] of removed) {
    const total = modules.get(folder) ?? 0;
    if (count >= 3 && count > total * MASS_DELETE_SHARE) out.push({ folder, deleted: count, modules: total });
  }
  return out;
}

/** The refusal: the folders, and where the missing entry points are likely declared. */
export function massDeleteMessage(found: readonly MassDelete[]): string {
  const where = found
    .map((m) => `${m.folder === '' ? 'the project' : `${m.folder}/`}: ${m.deleted} of ${m.modules} modules`)
    .join(', ');
  const folders = found.filter((m) => m.folder !== '').map((m) => `"${m.folder}/**"`);
  const suggestion =
    folders.length > 0
      ? `e.g. "entries": [${folders.join(', ')}] in upkeep.config.json, or --entry ${found.find((m) => m.folder !== '')!.folder}/**`
      : '"entries" in upkeep.config.json, or --entry <glob>';
  return `the change would delete more than a fifth of the modules (${where}); this usually means entry points are missing: declare them (${suggestion}), or pass --allow-mass-delete if the files are really dead`;
}
