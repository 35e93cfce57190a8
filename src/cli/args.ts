/** A small argument parser: `--key value`, `--flag`, and positionals. No dependency for this. */
export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: readonly string[], flags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) options.set(key, a.slice(eq + 1));
      else if (flags.has(key)) options.set(key, true);
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${key} needs a value`);
        options.set(key, value);
        i++;
      }
    } else if (command === undefined) command = a;
    else positionals.push(a);
  }
  return { command, positionals, options };
}

export function stringOption(args: ParsedArgs, key: string): string | undefined {
  const v = args.options.get(key);
  if (v === true) throw new UsageError(`--${key} needs a value`);
  return v;
}

export function requireOption(args: ParsedArgs, key: string): string {
  const v = stringOption(args, key);
  if (v === undefined) throw new UsageError(`--${key} is required`);
  return v;
}

export function intOption(args: ParsedArgs, key: string, fallback: number, min: number, max: number): number {
  const v = stringOption(args, key);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${key} must be a whole number from ${min} to ${max}`);
  return n;
}
