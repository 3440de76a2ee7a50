// Reasons to keep something that looks dead, read from the code around it.
import { ts } from '../runner/engine.js';
import type { KeepReason } from './types.js';

export interface Keep {
  reason: KeepReason;
  detail: string;
}

const KEEP_COMMENT = /upkeep-keep\b/;
const PUBLIC_TAG = /@public\b/;

/** `// upkeep-keep` or a JSDoc `@public` on the statement (or the member), decorators, declaration merging. */
export function keepOf(node: ts.Node, file: ts.SourceFile): Keep | undefined {
  const holder = statementOf(node);
  for (const candidate of new Set([node, holder])) {
    const comments = [
      ...(ts.getLeadingCommentRanges(file.text, candidate.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(file.text, candidate.getEnd()) ?? []),
    ];
    for (const comment of comments) {
      const text = file.text.slice(comment.pos, comment.end);
      if (KEEP_COMMENT.test(text)) return { reason: 'marked-keep', detail: 'marked with // upkeep-keep' };
      if (PUBLIC_TAG.test(text)) return { reason: 'marked-keep', detail: 'marked @public' };
    }
  }
  if (isDecorated(holder) || isDecorated(node))
    return { reason: 'decorated', detail: 'decorators (and reflect metadata) may read it at run time' };
  const name = nameOf(holder);
  if (name && ts.isSourceFile(holder.parent) && mergedDeclarations(name, file) > 1) {
    return {
      reason: 'declaration-merging',
      detail: `\`${name}\` is declared more than once and the declarations merge`,
    };
  }
  return undefined;
}

function statementOf(node: ts.Node): ts.Node {
  let current = node;
  while (
    current.parent &&
    !ts.isSourceFile(current.parent) &&
    !ts.isBlock(current.parent) &&
    !ts.isClassLike(current.parent) &&
    !ts.isModuleBlock(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

function isDecorated(node: ts.Node): boolean {
  if (ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0) return true;
  if (ts.isClassLike(node))
    return node.members.some((member) => ts.canHaveDecorators(member) && (ts.getDecorators(member)?.length ?? 0) > 0);
  return false;
}

function nameOf(node: ts.Node): string | undefined {
  const name = (node as ts.Node & { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

/** Declarations of different kinds with one name (interface + class, namespace + function, enum + enum…). */
function mergedDeclarations(name: string, file: ts.SourceFile): number {
  const kinds = new Set<ts.SyntaxKind>();
  let enumsOrInterfaces = 0;
  for (const statement of file.statements) {
    if (nameOf(statement) !== name) continue;
    if (ts.isInterfaceDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement))
      enumsOrInterfaces++;
    kinds.add(statement.kind);
  }
  return Math.max(kinds.size, enumsOrInterfaces);
}
