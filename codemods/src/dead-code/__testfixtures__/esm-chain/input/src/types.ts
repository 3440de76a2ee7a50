export interface Shape {
  size: number;
}

export type Unused = string;
