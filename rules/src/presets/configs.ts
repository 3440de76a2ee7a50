import type { Linter } from 'eslint';
import { recommendedConfig } from './recommended.js';
import { typedConfigWithInferredRoot } from './typed.js';

// A type alias, not an interface, so that it fits ESLint's Plugin['configs'] index signature.
export type Configs = {
  /** Untyped: plain JavaScript with no tsconfig, and TypeScript. */
  readonly recommended: Linter.Config[];
  /** recommended plus type-aware rules for TypeScript; see typedConfig to set the tsconfig root. */
  readonly typed: Linter.Config[];
};

export const configs: Configs = Object.freeze({
  recommended: recommendedConfig(),
  typed: typedConfigWithInferredRoot(),
});
