/**
 * One process per embedded database, and a way in for the others.
 *
 * PGlite is a single-user PostgreSQL in the process that opened the data folder; a second process on
 * the same folder would run crash recovery over the files of the first and damage them. The process
 * that opens the folder therefore listens on a local socket in it (DATA_DIR/beheer/kernplan.sock, a
 * folder only the owner may enter; a named pipe on Windows). That socket is the lock: a second
 * process that can connect to it does not open the folder. And it is the way in: `kernplan backup`
 * asks the running server for a consistent back-up over it, without credentials. Whoever may connect
 * may also copy the data folder itself.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BackUpFout } from './back-up.ts';
import { StartupError } from './db.ts';

/** Unix socket paths may hold about 104 bytes. */
const MAX_SOCKET_PAD = 100;

export function kanaalPad(dataDir: string): string {
  let map = path.resolve(dataDir);
  try {
    map = realpathSync(map);
  } catch {
    // not there yet: the resolved path
  }
  const sleutel = createHash('sha256').update(map).digest('hex').slice(0, 24);
  if (process.platform === 'win32') return `\\\\.\\pipe\\kernplan-${sleutel}`;
  const pad = path.join(map, 'beheer', 'kernplan.sock');
  return pad.length <= MAX_SOCKET_PAD ? pad : path.join(tmpdir(), `kernplan-${sleutel}.sock`);
}

export type Verzoek = 'back-up';
export type Behandelaar = (verzoek: Verzoek) => Promise<Buffer>;

export interface Kanaal {
  /** Requests are answered once the database is open. */
  bedien(behandelaar: Behandelaar): void;
  close(): Promise<void>;
}

function probeer(pad: string): Promise<'bezet' | 'vrij'> {
  return new Promise((resolve) => {
    const s = connect(pad);
    s.once('connect', () => {
      s.destroy();
      resolve('bezet');
    });
    s.once('error', () => resolve('vrij'));
  });
}

const inGebruik = (dataDir: string) =>
  new StartupError(
    `De ingebouwde database in ${path.resolve(dataDir)} is in gebruik door een ander Kernplan-proces. Stop dat eerst (meerdere processen tegelijk kan alleen met PostgreSQL en DATABASE_URL).`,
  );

/** Takes the data folder for this process, or throws when another process has it. */
export async function neemDatamap(dataDir: string): Promise<Kanaal> {
  const pad = kanaalPad(dataDir);
  if (process.platform !== 'win32') {
    const map = path.dirname(pad);
    if (map !== tmpdir()) {
      mkdirSync(map, { recursive: true, mode: 0o700 });
      chmodSync(map, 0o700);
    }
  }
  let behandelaar: Behandelaar | null = null;
  let klaar: () => void = () => undefined;
  const geopend = new Promise<void>((resolve) => (klaar = resolve));
  const verbindingen = new Set<Socket>();
  const server: Server = createServer((socket) => {
    verbindingen.add(socket);
    socket.once('close', () => verbindingen.delete(socket));
    let invoer = '';
    socket.on('data', (d: Buffer) => {
      invoer += d.toString('utf8');
      if (!invoer.includes('\n')) {
        if (invoer.length > 1000) socket.destroy();
        return;
      }
      socket.removeAllListeners('data');
      const verzoek = invoer.slice(0, invoer.indexOf('\n')).trim();
      void (async () => {
        try {
          if (verzoek !== 'back-up') throw new BackUpFout(`Onbekend verzoek '${verzoek.slice(0, 40)}'.`);
          await geopend;
          const antwoord = await behandelaar!(verzoek);
          socket.end(Buffer.concat([Buffer.from(`OK ${antwoord.length}\n`), antwoord]));
        } catch (err) {
          const melding = err instanceof BackUpFout ? err.message : `De server kon de back-up niet maken: ${(err as Error).message}`;
          socket.end(`FOUT ${melding.replaceAll('\n', ' ')}\n`);
        }
      })();
    });
    socket.on('error', () => socket.destroy());
  });
  const luister = () =>
    new Promise<void>((resolve, reject) => {
      const fout = (err: Error) => reject(err);
      server.once('error', fout);
      server.listen(pad, () => {
        server.off('error', fout);
        resolve();
      });
    });
  try {
    await luister();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    if ((await probeer(pad)) === 'bezet') throw inGebruik(dataDir);
    // Left behind by a process that was killed: nobody listens on it.
    rmSync(pad, { force: true });
    try {
      await luister();
    } catch (err2) {
      throw (err2 as NodeJS.ErrnoException).code === 'EADDRINUSE' ? inGebruik(dataDir) : err2;
    }
  }
  if (process.platform !== 'win32') chmodSync(pad, 0o600);
  // The socket must not keep a command such as `kernplan check` running.
  server.unref();
  return {
    bedien(b) {
      behandelaar = b;
      klaar();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of verbindingen) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Asks the process that has the data folder open. Null when no process has it (then the caller may
 * open the folder itself); a BackUpFout when the process answers with an error.
 */
export function vraagDatamap(dataDir: string, verzoek: Verzoek, timeoutMs = 10 * 60_000): Promise<Buffer | null> {
  const pad = kanaalPad(dataDir);
  return new Promise((resolve, reject) => {
    const socket = connect(pad);
    const delen: Buffer[] = [];
    let verbonden = false;
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('geen antwoord')));
    socket.once('connect', () => {
      verbonden = true;
      socket.write(`${verzoek}\n`);
    });
    socket.on('data', (d: Buffer) => delen.push(d));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      if (!verbonden && ['ENOENT', 'ECONNREFUSED', 'ENOTSOCK'].includes(err.code ?? '')) resolve(null);
      else reject(new BackUpFout(`De draaiende Kernplan-server gaf geen volledig antwoord (${err.code ?? err.message}).`));
    });
    socket.once('end', () => {
      const alles = Buffer.concat(delen);
      const nl = alles.indexOf(10);
      const kop = nl < 0 ? alles.toString('utf8') : alles.subarray(0, nl).toString('utf8');
      if (kop.startsWith('FOUT ')) return reject(new BackUpFout(kop.slice(5)));
      const lengte = /^OK (\d+)$/.exec(kop)?.[1];
      const inhoud = alles.subarray(nl + 1);
      if (lengte === undefined || inhoud.length !== Number(lengte)) {
        return reject(new BackUpFout('De draaiende Kernplan-server gaf geen volledig antwoord; probeer het opnieuw.'));
      }
      resolve(inhoud);
    });
  });
}
