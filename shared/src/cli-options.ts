/** commander's argument parser for a repeatable option (`--trust a --trust b`): the values in order. */
export function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
