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

/** Builds a preset on first use and gives the same array afterwards. */
function once(build: () => Linter.Config[]): () => Linter.Config[] {
  let built: Linter.Config[] | undefined;
  return () => (built ??= build());
}

/**
 * Each preset is built on first access: importing the plugin (for its rules, its category table
 * or one preset) does not load every plugin the other presets register.
 */
export const configs: Configs = Object.freeze(
  Object.defineProperties({} as Configs, {
    recommended: { enumerable: true, get: once(() => recommendedConfig()) },
    typed: { enumerable: true, get: once(typedConfigWithInferredRoot) },
    strict: { enumerable: true, get: once(strictConfigWithInferredRoot) },
  }),
);
