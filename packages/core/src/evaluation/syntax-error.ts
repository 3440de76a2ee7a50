/** Why a score formula could not be parsed, and where. */
export interface EvaluationSyntaxError {
  /** A sentence that names the problem and its column, e.g. `unexpected ")" at column 14`. */
  message: string;
  /** 0-based offset into the source. */
  position: number;
  /** 1-based column, `position + 1`: a formula is read as one line, a line break counts as one column. */
  column: number;
}

export function columnOf(position: number): number {
  return position + 1;
}

/** `problem` says what is wrong; `hint`, when given, says what was expected or how to fix it. */
export function syntaxError(position: number, problem: string, hint?: string): EvaluationSyntaxError {
  const column = columnOf(position);
  const message = `${problem} at column ${column}${hint === undefined ? '' : ` (${hint})`}`;
  return { message, position, column };
}

/** Thrown inside the parser only, to unwind to `parseEvaluation`, which returns it as a value. */
export class EvaluationSyntaxErrorSignal extends Error {
  constructor(readonly detail: EvaluationSyntaxError) {
    super(detail.message);
    this.name = 'EvaluationSyntaxError';
  }
}
