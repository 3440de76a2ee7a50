import { isOneOf, keysOf, nameIn } from './lib';

// given to a function
enum RunMode { dry_run = 'dry', full_scan = 'full' }
enum CacheMode { read_only = 1, Write = 2 }
// stored in an object, by shorthand and by key
enum Level { low_level = 'low', High = 'high' }
enum Shade { dark_red = 'dr', Light = 'l' }
const registry = { Shade, levels: Level };
// returned
enum Tone { warm_tone = 'w', Cool = 'c' }
function tones(): object {
  return Tone;
}
// only its members are read: renamed
enum Plain { FirstOne = 1, Second = 2 }

export function run(): unknown[] {
  return [
    keysOf(RunMode),
    isOneOf(2, CacheMode),
    nameIn(registry.levels, 'low'),
    nameIn(registry.Shade, 'dr'),
    keysOf(tones()),
    Plain.FirstOne === 1 ? 'first' : 'other',
  ];
}
