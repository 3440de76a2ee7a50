export const unusedImport = 1;
