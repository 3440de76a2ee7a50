// The non-source files of the synthetic monorepo: workspace manifests, tsconfig, .gitignore.
import { SCOPE } from './layout.mjs';

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** @param {{ name: string }[]} packages @returns {[string, string][]} pairs of path and content */
export function projectFiles(packages) {
  const files = [
    [
      'package.json',
      json({
        name: 'acme-platform',
        private: true,
        version: '3.14.0',
        workspaces: ['packages/*'],
        scripts: { test: 'mocha "packages/*/test/**/*.js"', build: 'tsc -b' },
        devDependencies: { typescript: '^4.9.5', mocha: '^8.4.0' },
      }),
    ],
    [
      'tsconfig.json',
      json({
        compilerOptions: {
          target: 'ES2017',
          module: 'commonjs',
          jsx: 'react',
          allowJs: true,
          strict: false,
          esModuleInterop: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ['packages/*/src'],
      }),
    ],
    ['.gitignore', 'node_modules/\ndist/\ncoverage/\n.upkeep/\n'],
    [
      'README.md',
      '# acme-platform\n\nThe Acme order, billing and admin platform. Run `npm install` at the root, then `npm test`.\n',
    ],
  ];
  for (const pkg of packages) {
    files.push([
      `packages/${pkg.name}/package.json`,
      json({
        name: `${SCOPE}/${pkg.name}`,
        version: '1.0.0',
        main: 'src/index.js',
        dependencies: {
          lodash: '^4.17.21',
          moment: '^2.29.4',
          axios: '^0.21.4',
          async: '^2.6.4',
          request: '^2.88.2',
          underscore: '^1.13.6',
          bluebird: '^3.7.2',
          react: '^16.14.0',
        },
      }),
    ]);
  }
  return files;
}
