import type { Linter } from 'eslint';
import { recommendedConfig } from './recommended.js';
import { strictConfigWithInferredRoot } from './strict.js';
import { typedConfigWithInferredRoot } from './typed.js';

// A type alias, not an interface, so that it fits ESLint's Plugin['configs'] index signature.
export type Configs = {
  /** Untyped: plain JavaScript with no tsconfig, and TypeScript. */
  readonly recommended: Linter.Config[];
  /** recommended plus type-aware rules for TypeScript; see typedConfig to set the tsconfig root. */
  readonly typed: Linter.Config[];
  /** typed plus documentation and tighter design rules; see strictConfig to set the tsconfig root. */
  readonly strict: Linter.Config[];
};

export const configs: Configs = Object.freeze({
  recommended: recommendedConfig(),
  typed: typedConfigWithInferredRoot(),
  strict: strictConfigWithInferredRoot(),
});
