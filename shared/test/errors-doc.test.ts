import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ERROR_AREAS, ERROR_CODES, areaOf, isErrorCode, type ErrorArea } from '@otacast/shared';

/** docs/errors.md: `## Title (`area`)` sections, each with a table whose rows start with a code. */
function documentedAreas(): Map<string, string> {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const found = new Map<string, string>();
  let area = '';
  for (const line of doc.split('\n')) {
    const heading = /^## .*\(`(\w+)`\)\s*$/.exec(line);
    if (heading) area = heading[1] as string;
    else if (line.startsWith('## ')) area = '';
    const row = /^\| `(OTA_E_[A-Z_]+)` \|/.exec(line);
    if (row) found.set(row[1] as string, area);
  }
  return found;
}

describe('docs/errors.md against shared/src/errors.ts (both directions)', () => {
  const documented = documentedAreas();

  it('documents every code, in the section of its area', () => {
    const wrong = Object.keys(ERROR_CODES)
      .filter(isErrorCode)
      .filter((code) => documented.get(code) !== areaOf(code))
      .map((code) => `${code}: in code "${areaOf(code)}", in docs "${documented.get(code) ?? 'missing'}"`);
    expect(wrong).toEqual([]);
  });

  it('documents no code that does not exist, and no area that does not exist', () => {
    expect([...documented.keys()].filter((code) => !isErrorCode(code))).toEqual([]);
    const areas = new Set(Object.keys(ERROR_AREAS));
    expect([...new Set(documented.values())].filter((area) => !areas.has(area as ErrorArea))).toEqual([]);
  });

  it('gives each code exactly one area', () => {
    const counts = new Map<string, number>();
    for (const codes of Object.values(ERROR_AREAS)) for (const code of Object.keys(codes)) counts.set(code, (counts.get(code) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  });
});
