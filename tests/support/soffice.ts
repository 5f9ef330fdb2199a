/** LibreOffice (soffice) for tests: find it, and convert Word files to PDF with a private profile. */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** soffice or libreoffice on PATH, or SOFFICE_PATH. */
export function vindSoffice(): string | null {
  const kandidaten = process.env.SOFFICE_PATH
    ? [process.env.SOFFICE_PATH]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .flatMap((map) => [join(map, 'soffice'), join(map, 'libreoffice')]);
  for (const pad of kandidaten) {
    try {
      accessSync(pad, constants.X_OK);
      return pad;
    } catch {
      // next candidate
    }
  }
  return null;
}

/** Converts the files to PDF in `map` (one LibreOffice run); a private profile avoids lock conflicts. */
export async function naarPdf(soffice: string, bestanden: string[], map: string): Promise<void> {
  const profiel = join(tmpdir(), `lo-profile-${randomUUID()}`);
  try {
    await promisify(execFile)(soffice, [`-env:UserInstallation=${pathToFileURL(profiel).href}`, '--headless', '--convert-to', 'pdf', '--outdir', map, ...bestanden], {
      timeout: 120_000,
    });
  } finally {
    await rm(profiel, { recursive: true, force: true });
  }
}
