import { CacheMode, RunMode, describeMode } from './modes.js';

export const summary = describeMode(RunMode.quickCheck, CacheMode.readWrite);
