// Statement counting fixture: TypeScript classes and their members.
// Expected statements: 28
// A line ending in "// n" starts n statements; every other line starts none.
import type { Readable } from 'node:stream'; // 1

interface Shape { // 1
  area(): number; // 0 (an interface member is not a statement)
  readonly name: string;
}

abstract class Base implements Shape { // 1
  abstract readonly name: string; // 1 (an abstract property)
  protected abstract compute(): number; // 1 (an abstract method)
  static instances = 0; // 1 (a field)
  [key: string]: unknown; // 0 (an index signature is a type, not a field)

  static { // 0 (a static block is not counted...)
    Base.instances = 0; // 1 (...its content is)
  }

  constructor(private readonly input?: Readable) { // 1
    console.debug('created'); // 1
    Base.instances++; // 1
  }

  area(): number { // 1
    return this.compute(); // 1
  }
}

export class Square extends Base { // 1 (the export and its class count once)
  readonly name = 'square'; // 1
  #side = 1; // 1
  accessor scale = 2; // 1

  get side(): number { // 1
    return this.#side; // 1
  }

  set side(value: number) { // 1
    this.#side = value; // 1
  }

  resize(by: number): void; // 1 (an overload signature)
  resize(by: string): void; // 1
  resize(by: number | string): void { // 1
    this.#side *= Number(by); // 1
  }

  protected compute(): number { // 1
    return this.#side ** 2; // 1
  }
}

const Anonymous = class { // 1
  value = 1; // 1 (a field of a class expression)
};
