export const stale = 1;
