import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function versionOf(packageJsonUrl: URL | string): string {
  const file = typeof packageJsonUrl === 'string' ? require.resolve(packageJsonUrl) : packageJsonUrl;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The version of upkeep itself (src/ and dist/ both sit one level below the package root). */
export const UPKEEP_VERSION: string = versionOf(new URL('../package.json', import.meta.url));

/** Versions of the engines whose upgrade can change what is reported: part of every cache key. */
export function engineVersions(): Record<string, string> {
  return {
    upkeep: UPKEEP_VERSION,
    eslint: versionOf('eslint/package.json'),
  };
}
