/** Options for a transform, as jscodeshift's own command line passes them. */
export type TransformOptions = Record<string, unknown>;

/**
 * Parses the words after `--` the way jscodeshift passes unknown options to a transform:
 * `--name=value` and `--name value` (values parsed as JSON when they are JSON, else kept as
 * strings), `--flag` (true), `--no-flag` (false), a repeated option becomes a list.
 */
export function parseTransformOptions(words: readonly string[]): TransformOptions {
  const options: TransformOptions = {};
  const set = (name: string, value: unknown): void => {
    if (!Object.hasOwn(options, name) || options[name] === true) options[name] = value;
    else {
      const previous = options[name];
      options[name] = Array.isArray(previous) ? [...(previous as unknown[]), value] : [previous, value];
    }
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const match = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(word);
    if (!match || word === '-' || word === '--') {
      throw new TransformOptionsError(
        `"${word}" is not an option; transform options look like --name=value, --name value, --flag or --no-flag`,
      );
    }
    const [, rawName, inlineValue] = match as unknown as [string, string, string | undefined];
    if (inlineValue !== undefined) {
      set(rawName.replace(/^no-/, ''), rawName.startsWith('no-') ? false : jsonOrText(inlineValue));
      continue;
    }
    if (rawName.startsWith('no-')) {
      set(rawName.slice(3), false);
      continue;
    }
    const next = words[i + 1];
    if (next !== undefined && !next.startsWith('-')) {
      set(rawName, jsonOrText(next));
      i++;
    } else set(rawName, true);
  }
  return options;
}

export class TransformOptionsError extends Error {
  override readonly name = 'TransformOptionsError';
}

function jsonOrText(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
