import type { ts } from '../runner/engine.js';
import type { FileEditor } from './edits.js';
import type { ModuleEffects } from './effects.js';
import type { DeadCodeFinding, DeadCodeKind, KeptFinding } from './types.js';

/** What one removal round shares between the finders. */
export interface Round {
  program: ts.Program;
  checker: ts.TypeChecker;
  relativePath(file: string): string;
  /** whether dead code in this (absolute) file may be removed */
  editable(file: string): boolean;
  wants(kind: DeadCodeKind): boolean;
  removeParams: boolean;
  editor(file: ts.SourceFile): FileEditor;
  /**
   * Records a finding (`id` and `round` are filled in); false when this run must leave it in place
   * (a verification dropped it): the caller then edits nothing for it. `node` is what it removes.
   */
  found(finding: Omit<DeadCodeFinding, 'id' | 'round'>, node?: ts.Node): boolean;
  kept(kept: KeptFinding): void;
  deleteFile(file: string): void;
  /** which modules and expressions have effects (an unused import of a module with effects stays bare) */
  effects: ModuleEffects;
}

export function positionOf(file: ts.SourceFile, node: ts.Node): { line: number; column: number } {
  const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return { line: line + 1, column: character + 1 };
}
