export const orphan = 'maybe bundled';
