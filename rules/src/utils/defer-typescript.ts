import Module from 'node:module';

let deferred = false;

/**
 * eslint-plugin-sonarjs's shared helpers import TypeScript at load time (to read `deno.json` with
 * comments, in `helpers/dependency-manifests`), so any one of its rules loads the TypeScript
 * compiler (0.7–1.3 CPU-s) into a run over JavaScript only. After this call, within sonarjs's own
 * modules, `require('typescript')` gives a stand-in that loads TypeScript on the first use of any
 * of its members, and then behaves as TypeScript itself. Used by the presets' lean plugins (ESLint
 * engine) and by the oxlint bridge; installed once per process, whichever calls first.
 */
export function deferTypescriptForSonarjs(): void {
  if (deferred) return;
  deferred = true;
  const loader = Module as unknown as {
    _load(request: string, parent: { filename?: string } | undefined, isMain: boolean): unknown;
  };
  const previous = loader._load;
  let typescript: Record<PropertyKey, unknown> | undefined;
  let from: { filename?: string } | undefined;
  const real = (): Record<PropertyKey, unknown> =>
    (typescript ??= previous.call(loader, 'typescript', from, false) as Record<PropertyKey, unknown>);
  // `__esModule` makes the interop helpers of compiled CommonJS (importDefault, importStar) use it as it is
  const standIn: Record<PropertyKey, unknown> = new Proxy({} as Record<PropertyKey, unknown>, {
    get: (_target, key) => (key === '__esModule' ? true : key === 'default' ? standIn : real()[key]),
    has: (_target, key) => key === '__esModule' || key in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
  loader._load = (request, parent, isMain) => {
    if (request === 'typescript' && /[\\/]eslint-plugin-sonarjs[\\/]/.test(parent?.filename ?? '')) {
      from ??= parent;
      return standIn;
    }
    return previous.call(loader, request, parent, isMain);
  };
}
