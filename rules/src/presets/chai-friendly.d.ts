// eslint-plugin-chai-friendly ships no types: a plugin object in ESLint's shape.
declare module 'eslint-plugin-chai-friendly' {
  import type { ESLint } from 'eslint';
  const plugin: ESLint.Plugin;
  export default plugin;
}
