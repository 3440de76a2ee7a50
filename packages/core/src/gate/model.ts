/** The conditions a change must meet, as flags (`--fail-under`) or under `gate` in upkeep.config.json. */
export interface GateConditions {
  /** the project score after the change must be at least this */
  failUnder?: number;
  /** no changed module may lose more than this many points (compared at two decimals, as printed) */
  maxModuleDrop?: number;
  /** every added module with statements must score at least this */
  minNewModule?: number;
  /** no error (E) or fatal (F) message may be introduced */
  noNewErrors?: boolean;
}

export type GateCondition = 'fail-under' | 'max-module-drop' | 'min-new-module' | 'no-new-errors';

export interface GateFailure {
  condition: GateCondition;
  /** the module at fault; absent for the project total */
  module?: string;
  /** the measured number: a score, a drop in points or a count of new errors */
  actual: number;
  /** the bound it broke */
  limit: number;
  /** one line naming the module and the numbers */
  message: string;
}

export interface GateVerdict {
  passed: boolean;
  /** the conditions that were checked */
  conditions: GateConditions;
  failures: GateFailure[];
}
