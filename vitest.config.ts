import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@upkeep/source'] },
  ssr: { resolve: { conditions: ['@upkeep/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'rules/src/**/*.test.ts', 'rules/test/**/*.test.ts', 'reports/src/**/*.test.ts', 'reports/test/**/*.test.ts', 'codemods/src/**/*.test.ts', 'codemods/test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/__testfixtures__/**', 'examples/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
