import { CacheMode, RunMode, describe_mode } from './modes.js';

export const summary = describe_mode(RunMode.quickCheck, CacheMode.readWrite);
