export const esm = 'loaded';
