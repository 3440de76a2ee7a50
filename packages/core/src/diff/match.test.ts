import { describe, expect, it } from 'vitest';
import type { Message } from '../model.js';
import { matchMessages, messageKey } from './match.js';

function at(line: number, ruleId = 'no-unused-vars', text = "'x' is defined but never used."): Message {
  return { ruleId, category: 'W', line, column: 7, message: text };
}

describe('matchMessages: the new message is the one with no old message near it', () => {
  const noVar = (line: number): Message => at(line, 'no-var', 'Unexpected var, use let or const instead.');
  // base: `var len` at 12. Head: `var c = 3;` inserted at 3, line 12 rewritten (`var len;`, now 13)
  const insertedAndRewritten = [
    { oldStart: 2, oldLines: 0, newStart: 3, newLines: 1 },
    { oldStart: 12, oldLines: 1, newStart: 13, newLines: 1 },
  ];

  it('a line added above a rewritten line: the added line is new, the rewritten one keeps its message', () => {
    expect(matchMessages([noVar(12)], [noVar(3), noVar(13)], insertedAndRewritten)).toEqual({
      introduced: [{ ...noVar(3), onChangedLine: true }],
      fixed: [],
    });
  });

  it('a line added below a rewritten line: the same', () => {
    const rewrittenThenInserted = [
      { oldStart: 5, oldLines: 1, newStart: 5, newLines: 1 },
      { oldStart: 20, oldLines: 0, newStart: 21, newLines: 1 },
    ];
    expect(matchMessages([noVar(5)], [noVar(5), noVar(21)], rewrittenThenInserted)).toEqual({
      introduced: [{ ...noVar(21), onChangedLine: true }],
      fixed: [],
    });
  });

  it('a hunk that grew: the old message pairs with the line at its offset, the others are new', () => {
    // old lines 10–11 rewritten as new lines 10–13; the old message was on old line 11 (offset 1)
    const grew = [{ oldStart: 10, oldLines: 2, newStart: 10, newLines: 4 }];
    expect(matchMessages([noVar(11)], [noVar(10), noVar(11), noVar(13)], grew).introduced).toEqual([
      { ...noVar(10), onChangedLine: true },
      { ...noVar(13), onChangedLine: true },
    ]);
  });

  it('a removed line and a rewritten one: the head message pairs with the rewritten line, the removed one is fixed', () => {
    // old 4 removed; old 30 rewritten (new 29); a new message at 29 pairs with old 30, old 4 is fixed
    const hunks = [
      { oldStart: 4, oldLines: 1, newStart: 3, newLines: 0 },
      { oldStart: 30, oldLines: 1, newStart: 29, newLines: 1 },
    ];
    expect(matchMessages([noVar(4), noVar(30)], [noVar(29)], hunks)).toEqual({ introduced: [], fixed: [noVar(4)] });
  });
});

describe('matchMessages', () => {
  it('does not report code moved down by inserted lines as new', () => {
    const insertAbove = [{ oldStart: 2, oldLines: 0, newStart: 3, newLines: 5 }];
    const result = matchMessages(
      [at(10), at(20, 'eqeqeq', 'Expected ===')],
      [at(15), at(25, 'eqeqeq', 'Expected ===')],
      insertAbove,
    );
    expect(result).toEqual({ introduced: [], fixed: [] });
  });

  it('pairs a function moved elsewhere in the file by rule and text, whatever the distance', () => {
    // the function with the finding moved from line 40 to line 3 (both hunks rewrite those lines)
    const moved = [
      { oldStart: 2, oldLines: 0, newStart: 3, newLines: 4 },
      { oldStart: 38, oldLines: 4, newStart: 41, newLines: 0 },
    ];
    expect(matchMessages([at(40)], [at(4)], moved)).toEqual({ introduced: [], fixed: [] });
  });

  it('reports the extra copy on a changed line as introduced, not the untouched one', () => {
    const added = [{ oldStart: 30, oldLines: 0, newStart: 31, newLines: 1 }];
    const result = matchMessages([at(5)], [at(5), at(31)], added);
    expect(result.fixed).toEqual([]);
    expect(result.introduced).toEqual([{ ...at(31), onChangedLine: true }]);
  });

  it('reports messages whose rule or text changed as fixed and introduced', () => {
    const rewrite = [{ oldStart: 5, oldLines: 1, newStart: 5, newLines: 1 }];
    const result = matchMessages([at(5)], [at(5, 'no-unused-vars', "'y' is defined but never used.")], rewrite);
    expect(result.fixed).toEqual([at(5)]);
    expect(result.introduced).toEqual([
      { ...at(5, 'no-unused-vars', "'y' is defined but never used."), onChangedLine: true },
    ]);
  });

  it('marks a new message on an unchanged line (a change elsewhere made it appear) as off the changed lines', () => {
    const elsewhere = [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1 }];
    const result = matchMessages([], [at(9, 'no-undef', "'y' is not defined.")], elsewhere);
    expect(result.introduced).toEqual([{ ...at(9, 'no-undef', "'y' is not defined."), onChangedLine: false }]);
  });

  it('treats every message of an added module as on a changed line', () => {
    expect(matchMessages([], [at(1)], undefined).introduced).toEqual([{ ...at(1), onChangedLine: true }]);
  });

  it('matches messages whose numbers moved (line references, counts over a limit, decimals) as the same finding', () => {
    const noChange = [{ oldStart: 100, oldLines: 0, newStart: 101, newLines: 1 }];
    const pairs: [Message, Message][] = [
      [
        at(200, 'no-redeclare', "'x' is already declared on line 4489."),
        at(201, 'no-redeclare', "'x' is already declared on line 4490."),
      ],
      [
        at(300, 'upkeep/too-many-locals', 'too many local names (173/15)'),
        at(301, 'upkeep/too-many-locals', 'too many local names (174/15)'),
      ],
      [
        at(400, 'complexity', "Function 'f' has a complexity of 21. Maximum allowed is 20."),
        at(401, 'complexity', "Function 'f' has a complexity of 22. Maximum allowed is 20."),
      ],
      [
        at(500, 'max-lines', 'File has too many lines (1200.5). Maximum allowed is 300.'),
        at(501, 'max-lines', 'File has too many lines (1201.5). Maximum allowed is 300.'),
      ],
    ];
    for (const [before, after] of pairs)
      expect(matchMessages([before], [after], noChange)).toEqual({ introduced: [], fixed: [] });
  });

  it('keeps digits that are part of a name: another identifier is another finding', () => {
    const result = matchMessages(
      [at(10, 'no-unused-vars', "'v1' is defined but never used.")],
      [at(10, 'no-unused-vars', "'v2' is defined but never used.")],
      [],
    );
    expect(result.fixed).toHaveLength(1);
    expect(result.introduced).toHaveLength(1);
    expect(messageKey({ ruleId: 'r', message: "'x2' (3/4) $5 a.7" })).toBe("r\u0000'x2' (#/#) $5 a.7");
  });
});
