/**
 * The value of `--name value` (or `--name=value`) on a command line; undefined when the option is
 * absent. An option given without its value fails with the command's usage.
 */
export function argumentValue(
  argv: readonly string[],
  name: string,
  usage: string,
): string | undefined {
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--"))
    throw new Error(`${name} attend une valeur.\n${usage}`);
  return value;
}
