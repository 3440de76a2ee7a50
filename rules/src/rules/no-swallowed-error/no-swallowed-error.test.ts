import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { noSwallowedError } from './no-swallowed-error.js';

const swallowed = { messageId: 'swallowedError' };
const json = { messageId: 'swallowedJsonParse' };
const rejection = { messageId: 'swallowedRejection' };

ruleTester.run('no-swallowed-error', asEslintRule(noSwallowedError), {
  valid: [
    'try { a(); } catch (e) { handle(e); }',
    'try { a(); } catch (e) { throw new Error("failed", { cause: e }); }',
    'try { a(); } catch { throw new Error("failed"); }',
    'try { a(); } catch (e) { console.error("a failed"); }',
    'try { a(); } catch { logger.warn("a failed"); }',
    'try { a(); } catch { this.logger.error("a failed"); }',
    'function f() { try { return a(); } catch { return null; } }',
    'function f(text) { try { return JSON.parse(text); } catch (error) { return { error }; } }',
    'try { a(); } catch { try { b(); } catch (inner) { throw inner; } }',
    {
      code: 'try { a(); } catch { /* optional feature: absent in old browsers */ }',
      options: [{ allowComment: true }],
    },
    'p.catch((error) => log(error));',
    'p.then(ok, (error) => report(error));',
    'p.catch(() => fallback());',
    'p.then(() => {});',
    ts({ code: 'try { a(); } catch (e: unknown) { if (e instanceof TypeError) return; throw e; }' }),
    ts({ code: 'async function f(): Promise<void> { await p.catch((e: Error) => { console.warn(e); }); }' }),
  ],
  invalid: [
    { code: 'try { a(); } catch (e) {}', errors: [swallowed] },
    { code: 'try { a(); } catch {}', errors: [swallowed] },
    { code: 'try { a(); } catch (e) { cleanup(); }', errors: [swallowed] },
    { code: 'try { a(); } catch { /* ignore */ }', errors: [swallowed] },
    { code: 'try { a(); } catch (e) { [1].forEach(() => { throw new Error("x"); }); }', errors: [swallowed] }, // the throw is in another function
    { code: 'try { config = JSON.parse(text); } catch (e) {}', errors: [json] },
    { code: 'function load(text) { try { return JSON.parse(text); } catch { } }', errors: [json] },
    { code: 'p.catch(() => {});', errors: [rejection] },
    { code: 'p.catch(() => null);', errors: [rejection] },
    { code: 'p.catch(function () { return; });', errors: [rejection] },
    { code: 'p.then(ok, () => undefined);', errors: [rejection] },
    { code: 'class A { async m() { try { await a(); } catch (e) { this.busy = false; } } }', errors: [swallowed] },
    { code: 'try { a(); } catch (outer) { try { b(); } catch (inner) {} }', errors: [swallowed, swallowed] },
    ts({ code: 'try { a(); } catch (e: unknown) { done = true; }', errors: [swallowed] }),
    ts({ code: 'const C = () => { try { return <i>{JSON.parse(s)}</i>; } catch { } };', errors: [json] }, true),
  ],
});
