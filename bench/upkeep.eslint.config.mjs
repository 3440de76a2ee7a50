// The configuration `upkeep score` lints with by default, for running plain `eslint` on the same
// rules: any speed difference measured against it comes from upkeep, not from a different rule set.
// Not named eslint.config.mjs: ESLint looks that name up from each linted file's directory, and it
// would then replace the repository's own lint configuration for everything under bench/.
import upkeep from '../rules/dist/index.js';

export default [...upkeep.configs.recommended];
