import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../src/program.js';

/**
 * Every flag of every command's --help is documented in the README section of that command, and
 * every flag the README documents for a command exists. Derived from the commander program, so a
 * new flag, command or subcommand is checked without touching this test.
 *
 * A command's README section is the heading that names it (`## \`upkeep score\``, a group heading
 * such as `## \`upkeep diff\`, \`gate\`, …`, or `### \`upkeep codemod rename …\``) plus, for a
 * subcommand, the text of its parent's section before the first subsection (common flags).
 * Documented flags are those in a code span that starts with a flag or with `upkeep`, and in code
 * block lines that start with `upkeep` (up to a standalone `--`, after which words belong to the
 * transform) and outside quotes; prose about other tools (`git log --first-parent`) is not read.
 * The part of a parent's section before its subsections (`upkeep codemod`: "every codemod runs
 * the same way") documents flags every subcommand must have.
 */
const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** Options a command's own README text shows that are not upkeep's: jscodeshift transform options. */
const NOT_UPKEEP_FLAGS: Record<string, string[]> = { 'codemod run': ['--quote', '--name', '--flag', '--no-flag'] };

interface Section {
  level: number;
  heading: string;
  /** command paths the heading names, e.g. ['diff', 'gate'] or ['codemod rename'] */
  commands: string[];
  /** the section's own text, up to the next heading of any level */
  text: string;
}

function sections(markdown: string): Section[] {
  const result: Section[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && /^(#{2,3}) (.*)$/.exec(line);
    if (heading) {
      const spans = [...heading[2]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
      const first = /^upkeep ((?:[a-z-]+ ?)+)/.exec(spans[0] ?? '');
      const commands: string[] = [];
      if (first) {
        const words = first[1]!
          .trim()
          .split(' ')
          .filter((word) => /^[a-z][a-z-]*$/.test(word));
        commands.push(words.join(' '));
        for (const span of spans.slice(1))
          if (/^[a-z][a-z-]*$/.test(span)) commands.push([...words.slice(0, -1), span].join(' '));
      }
      result.push({ level: heading[1]!.length, heading: heading[2]!, commands, text: '' });
    } else if (result.length > 0) result.at(-1)!.text += `${line}\n`;
  }
  return result;
}

const FLAG = /(?<![\w-])--?[a-z][\w-]*/g;

/** Flags the text documents, by the rules above. */
function documentedFlags(text: string): Set<string> {
  const flags = new Set<string>();
  const add = (words: string): void => {
    // a quoted argument is a value (`--verify "node --test test/"`), not flags of upkeep
    const unquoted = words.replace(/"[^"]*"|'[^']*'/g, '""');
    for (const match of unquoted.split(/ -- /)[0]!.matchAll(FLAG)) if (match[0].startsWith('--')) flags.add(match[0]);
  };
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (/^(\$ )?upkeep /.test(line)) add(line.split('#')[0]!);
      continue;
    }
    for (const span of line.matchAll(/`([^`]+)`/g)) if (/^(-|upkeep )/.test(span[1]!)) add(span[1]!);
  }
  return flags;
}

function leafCommands(program: Command): Map<string, Command> {
  const commands = new Map<string, Command>();
  const walk = (command: Command, prefix: string[]): void => {
    for (const sub of command.commands) {
      const path = [...prefix, sub.name()];
      if (sub.commands.length > 0) walk(sub, path);
      else commands.set(path.join(' '), sub);
    }
  };
  walk(program, []);
  return commands;
}

const mentions = (text: string, flag: string): boolean => new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(text);

describe('README ↔ --help', async () => {
  const program = await createProgram(
    { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: process.cwd() },
    () => undefined,
  );
  const commands = leafCommands(program);
  const all = sections(README);

  /** the README text that documents a command: its section, and its parent's common part */
  function readmeText(path: string): string | undefined {
    const own = all.filter((section) => section.commands.includes(path));
    if (own.length === 0) return undefined;
    const parent = path.includes(' ')
      ? all.filter((section) => section.level === 2 && section.commands.includes(path.split(' ')[0]!))
      : [];
    return [...own, ...parent].map((section) => section.text).join('\n');
  }

  it('finds the commands and the README sections (the test reads something)', () => {
    expect([...commands.keys()]).toEqual(
      expect.arrayContaining(['score', 'trend', 'diff', 'gate', 'codemod rename', 'codemod dead-code', 'codemod run']),
    );
  });

  it.each([...commands.keys()])('every flag of `upkeep %s --help` is in its README section', (path) => {
    const text = readmeText(path);
    expect(text, `README.md has no section whose heading names \`upkeep ${path}\``).toBeDefined();
    const missing = commands
      .get(path)!
      .options.map((option) => option.long!)
      .filter((flag) => flag !== '--help' && !mentions(text!, flag));
    expect(missing, `flags of \`upkeep ${path}\` not documented in its README section`).toEqual([]);
  });

  it.each(all.filter((section) => section.commands.length > 0).map((section) => [section.heading, section] as const))(
    'every flag the README section %s documents exists',
    (_heading, section) => {
      const covered = section.commands.flatMap((path) =>
        commands.has(path) ? [path] : [...commands.keys()].filter((key) => key.startsWith(`${path} `)),
      );
      expect(covered, `the heading names no command of the program: ${section.commands.join(', ')}`).not.toEqual([]);
      const flagsOf = (path: string): Set<string> =>
        new Set([
          ...commands.get(path)!.options.map((option) => option.long!),
          ...(NOT_UPKEEP_FLAGS[path] ?? []),
          '--help',
          '--version',
        ]);
      // a group's common part: every subcommand has the flag; a command's section: one of its commands has it
      const common = section.commands.some((path) => !commands.has(path));
      const known = (flag: string): boolean =>
        common ? covered.every((path) => flagsOf(path).has(flag)) : covered.some((path) => flagsOf(path).has(flag));
      const unknown = [...documentedFlags(section.text)].filter((flag) => !known(flag));
      expect(
        unknown,
        `flags documented under "${section.heading}" that ${common ? 'not every' : 'no'} command of it has (${covered.join(', ')})`,
      ).toEqual([]);
    },
  );
});
