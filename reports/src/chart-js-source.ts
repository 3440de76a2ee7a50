import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The source of Chart.js 4 (its UMD build), for inlining into the offline HTML trend report.
 * Read from the installed package at run time, so the report carries exactly the version the
 * lockfile pins; the source map comment is dropped, a single file has nothing to map to.
 */
export async function loadChartJsSource(): Promise<string> {
  const main = createRequire(import.meta.url).resolve('chart.js');
  const source = await readFile(join(dirname(main), 'chart.umd.js'), 'utf8');
  return source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}
