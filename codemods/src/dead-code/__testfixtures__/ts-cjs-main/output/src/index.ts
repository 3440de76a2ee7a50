export { format } from './format';
export * from './units';
