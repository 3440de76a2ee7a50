(globalThis as { polyfilled?: boolean }).polyfilled = true;
