export const PURE_CONSTANT = 42;
