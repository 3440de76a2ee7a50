// Statement counting fixture: the shape of an old UMD library's typings.
// Expected statements: 9
// A line ending in "// n" starts n statements; every other line starts none.
import Base = require('events'); // 1

declare namespace Widget { // 1
  interface Config { // 1
    selector: string;
  }
  function create(config: Config): Base; // 1
  let count: number; // 1
  export import Emitter = Base; // 1 (the export and its import-equals count once)
}

export = Widget; // 1
export as namespace Widget; // 1
declare module 'widget/extra'; // 1 (a body-less module declaration)
