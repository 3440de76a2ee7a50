export interface Shape {
  size: number;
}
