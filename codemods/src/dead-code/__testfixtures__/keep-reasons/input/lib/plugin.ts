/** @public reached by a third-party loader */
export function register(): string {
  return 'ok';
}
