import { create } from 'tar';

/** Packs `dir` into a tar at `out` (the archive component format). */
export async function createTar(dir: string, out: string, gzip = false): Promise<void> {
  await create({ cwd: dir, file: out, gzip, portable: true }, ['.']);
}
