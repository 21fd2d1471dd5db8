import { usage } from './common.js';

/** `KEY=VALUE` → [key, value]; an empty value is allowed (it removes the label). */
export function parseLabel(arg: string): [string, string] {
  const at = arg.indexOf('=');
  if (at <= 0) throw usage(`label "${arg}" must be KEY=VALUE`);
  return [arg.slice(0, at), arg.slice(at + 1)];
}

/** Repeatable `--label K=V` (commander argument parser). */
export function collectLabel(arg: string, previous: Record<string, string> | undefined): Record<string, string> {
  const [key, value] = parseLabel(arg);
  return { ...previous, [key]: value };
}

/** `--select K=V[,K=V]`: every pair must match. */
export function parseSelector(arg: string): Record<string, string> {
  const select: Record<string, string> = {};
  for (const part of arg.split(',')) {
    if (part.trim() === '') continue;
    const [key, value] = parseLabel(part.trim());
    if (value === '') throw usage(`selector "${part}" needs a value: KEY=VALUE`);
    select[key] = value;
  }
  return select;
}
