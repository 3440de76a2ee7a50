globalThis.__plugins = { a: 1 };
