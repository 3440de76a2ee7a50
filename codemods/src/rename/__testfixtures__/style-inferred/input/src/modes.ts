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

export function describe_mode(run_mode: RunMode, cache: CacheMode): string {
  const mode_label = `${run_mode}/${cache}`;
  return mode_label;
}
