import type { Transform } from 'jscodeshift';
import varToLetConst, { VAR_TO_LET_CONST_DESCRIPTION } from './var-to-let-const/var-to-let-const.js';

export interface BuiltinTransform {
  transform: Transform;
  description: string;
}

/** The jscodeshift transforms upkeep ships, by id (`upkeep codemod run <id>`). */
export const BUILTIN_TRANSFORMS: Readonly<Record<string, BuiltinTransform>> = {
  'var-to-let-const': { transform: varToLetConst, description: VAR_TO_LET_CONST_DESCRIPTION },
};
