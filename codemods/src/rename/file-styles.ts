import {
  DEFAULT_STYLES,
  conforms,
  inferStyles,
  stylesWithInferred,
  type CaseStyle,
  type InferredStyle,
  type NameKind,
  type NamingOptions,
} from '@upkeep/eslint-plugin/naming';
import type { ts } from '../runner/engine.js';
import type { Candidate } from './candidates.js';

/** The styles one file's names are judged by, and what was inferred from the file. */
export interface FileStyles {
  naming: NamingOptions;
  inferred: Partial<Record<NameKind, InferredStyle>>;
}

export interface StyleSettings {
  /** `--convention`: forces the value kinds, and nothing is inferred */
  convention?: CaseStyle;
  /** the rule's configured options (configured styles win over inferred ones) */
  naming?: NamingOptions;
  /** `--map`: explicit renames; nothing is inferred */
  explicit?: boolean;
}

const VALUE_KINDS: readonly NameKind[] = ['variable', 'constant', 'function', 'parameter', 'method', 'property'];

/**
 * The kind a name is judged as: the identifier-naming rule's where it judges it, else the codemod's.
 * A function the program uses as a constructor only from other files is a function to the rule
 * (PascalCase accepted) and a class to the codemod, which names it as one.
 */
export function judgedKind(candidate: Candidate): NameKind {
  if (candidate.kind === 'class' && candidate.ruleKind === 'function') return 'class';
  return candidate.ruleKind ?? candidate.kind;
}

/**
 * The styles of a file whose judged names are `samples`: the defaults, then the style each kind
 * keeps in this file (`inferStyles` over the names identifier-naming judges in it — the rule infers
 * from the same names, one file at a time, so a module's score stays a fact of that module), then
 * the configured ones; `--convention` forces the value kinds and `--map` infers nothing.
 */
function stylesOf(samples: Iterable<{ name: string; kind: NameKind }>, settings: StyleSettings): FileStyles {
  const inferred = settings.convention || settings.explicit ? {} : inferStyles(samples);
  const styles = stylesWithInferred(inferred, settings.naming?.styles);
  if (settings.convention) for (const kind of VALUE_KINDS) styles[kind] = settings.convention;
  return { naming: { ...settings.naming, styles }, inferred };
}

/** Each file's styles, from the names of that file identifier-naming judges. */
export function stylesByFile(
  declared: readonly { file: ts.SourceFile; found: readonly Candidate[] }[],
  settings: StyleSettings,
): Map<ts.SourceFile, FileStyles> {
  const out = new Map<ts.SourceFile, FileStyles>();
  for (const { file, found } of declared)
    out.set(
      file,
      stylesOf(
        found.filter((c) => c.ruleKind !== undefined).map((c) => ({ name: c.oldName, kind: c.ruleKind! })),
        settings,
      ),
    );
  return out;
}

/** A planned rename as the guard sees it: its id, the places it edits and the name written there. */
export interface PlannedEdit {
  id: string;
  locations: readonly ts.RenameLocation[];
  newName: string;
}

/** Whether identifier-naming reports this declaration under that name (the rule's kind, the file's styles). */
function violates(candidate: Candidate, name: string, naming: NamingOptions): boolean {
  return !conforms(name, candidate.ruleKind!, { moduleLevelConst: candidate.moduleLevelConst }, naming);
}

function styleName(styles: FileStyles, kind: NameKind): string {
  return styles.naming.styles?.[kind] ?? DEFAULT_STYLES[kind];
}

/**
 * The renames to drop so that no file has a name identifier-naming reports that it did not report
 * before: a rename that gives a judged declaration of another file (a class implementing a renamed
 * interface method, say) a name that file's styles reject, or that changes the style a file keeps
 * for a kind (renaming half its names would flip its majority) so that its other names break it.
 * Judged after all renames are planned, to a fixed point (dropping one can only restore names).
 * Returns each dropped rename's id with the sentence saying why.
 */
export function styleBreaks(
  declared: readonly { file: ts.SourceFile; found: readonly Candidate[] }[],
  planned: readonly PlannedEdit[],
  settings: StyleSettings,
  relativePath: (fileName: string) => string,
): Map<string, string> {
  const judged = new Map<string, Candidate[]>();
  const at = new Map<string, Candidate>();
  for (const { file, found } of declared)
    for (const candidate of found) {
      if (candidate.ruleKind === undefined) continue;
      judged.set(file.fileName, [...(judged.get(file.fileName) ?? []), candidate]);
      at.set(`${file.fileName}:${candidate.node.getStart()}`, candidate);
    }
  // the judged declarations each rename writes a new name at
  const touches = new Map<string, Candidate[]>();
  for (const edit of planned)
    touches.set(
      edit.id,
      edit.locations.flatMap((l) => at.get(`${l.fileName}:${l.textSpan.start}`) ?? []),
    );
  const dropped = new Map<string, string>();
  for (;;) {
    const kept = planned.filter((edit) => !dropped.has(edit.id));
    const renamedTo = new Map<Candidate, { name: string; by: string }>();
    for (const edit of kept)
      for (const candidate of touches.get(edit.id)!) renamedTo.set(candidate, { name: edit.newName, by: edit.id });
    const files = new Set([...renamedTo.keys()].map((c) => c.file.fileName));
    let changed = false;
    for (const fileName of files) {
      const names = judged.get(fileName)!;
      const nameOf = (c: Candidate): string => renamedTo.get(c)?.name ?? c.oldName;
      const was = stylesOf(
        names.map((c) => ({ name: c.oldName, kind: c.ruleKind! })),
        settings,
      );
      const now = stylesOf(
        names.map((c) => ({ name: nameOf(c), kind: c.ruleKind! })),
        settings,
      );
      const broken = names.filter((c) => violates(c, nameOf(c), now.naming) && !violates(c, c.oldName, was.naming));
      if (broken.length === 0) continue;
      const path = relativePath(fileName);
      const flipped = broken.filter((c) => !renamedTo.has(c));
      if (flipped.length > 0) {
        // the file's style for these kinds changed: every rename into this file takes part
        const kinds = [...new Set(flipped.map((c) => c.ruleKind!))];
        const why = kinds
          .map((kind) => `${kind} names from ${styleName(was, kind)} to ${styleName(now, kind)}`)
          .join(', ');
        const shown = flipped
          .slice(0, 3)
          .map((c) => c.oldName)
          .join(', ');
        for (const c of names) {
          const by = renamedTo.get(c)?.by;
          if (by === undefined || dropped.has(by) || !kinds.includes(c.ruleKind!)) continue;
          dropped.set(
            by,
            `with the other renames planned in ${path}, it would change the style that file keeps for ${why}, so that ${flipped.length} of its names (${shown}) would break it`,
          );
          changed = true;
        }
      }
      for (const c of broken) {
        const by = renamedTo.get(c)?.by;
        if (by === undefined || dropped.has(by)) continue;
        dropped.set(
          by,
          `\`${renamedTo.get(c)!.name}\` at ${path}:${c.file.getLineAndCharacterOfPosition(c.node.getStart()).line + 1} would break the style that file keeps for ${c.ruleKind} names (${styleName(now, c.ruleKind!)})`,
        );
        changed = true;
      }
    }
    if (!changed) return dropped;
  }
}
