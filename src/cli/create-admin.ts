/**
 * `kernplan create-admin`: creates an administrator (is_beheerder) of a production installation,
 * with an organisation of kind gemeente, so that person can create workspaces and invite others.
 * The password comes from standard input (a pipe) or is asked twice without echo on a terminal.
 */
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { checkPasswordPolicy, hashPassword } from '../server/toegang/password.ts';
import { isEmailAddress, readConfig } from '../server/config.ts';
import { StartupError } from '../server/db/db.ts';
import { openDb } from '../server/db/open-db.ts';
import { maakBeheerder } from '../server/toegang/opslag.ts';
import { logSecurityEvent } from '../server/toegang/security-log.ts';
import { appVersion } from '../server/version.ts';
import { ALGEMEEN, verschuifStanden } from '../server/db/standen.ts';

/** A problem the user can fix; printed as one line, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

export interface CreateAdminFlags {
  email?: string | undefined;
  naam?: string | undefined;
  organisatie?: string | undefined;
}

const interactive = () => Boolean(process.stdin.isTTY);

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Asks without echoing what is typed. */
async function askHidden(question: string): Promise<string> {
  process.stderr.write(question);
  let muted = true;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await rl.question('');
  } finally {
    muted = false;
    rl.close();
    process.stderr.write('\n');
  }
}

/** The first line of standard input (a pipe or file), without the line ending. */
async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.split(/\r?\n/)[0] ?? '';
}

async function field(value: string | undefined, flag: string, question: string): Promise<string> {
  if (value !== undefined) return value.trim();
  if (!interactive()) throw new CliError(`Geef ${flag} op (zonder terminal kan Kernplan er niet naar vragen).`);
  return ask(question);
}

export async function createAdmin(flags: CreateAdminFlags): Promise<string> {
  const email = (await field(flags.email, '--email', 'E-mailadres: ')).toLowerCase();
  if (!isEmailAddress(email)) throw new CliError(`'${email}' is geen geldig e-mailadres.`);
  const naam = await field(flags.naam, '--naam', 'Naam: ');
  if (naam.length < 2 || naam.length > 120) throw new CliError('De naam moet 2 tot 120 tekens lang zijn.');
  const organisatie = await field(flags.organisatie, '--organisatie', 'Organisatie (gemeente), bijvoorbeeld Gemeente Zwolle: ');
  if (organisatie.length < 2 || organisatie.length > 120) throw new CliError('De organisatie moet 2 tot 120 tekens lang zijn.');

  let wachtwoord: string;
  if (interactive()) {
    wachtwoord = await askHidden('Wachtwoord (minstens 12 tekens): ');
    const policy = checkPasswordPolicy(wachtwoord);
    if (policy) throw new CliError(policy);
    if ((await askHidden('Herhaal het wachtwoord: ')) !== wachtwoord) throw new CliError('De twee wachtwoorden zijn niet gelijk.');
  } else {
    wachtwoord = await readStdinLine();
    if (!wachtwoord) throw new CliError('Geef het wachtwoord via standaardinvoer, bijvoorbeeld: kernplan create-admin ... < wachtwoord.txt');
  }
  const policy = checkPasswordPolicy(wachtwoord);
  if (policy) throw new CliError(policy);
  const hash = await hashPassword(wachtwoord);

  const config = readConfig();
  // An administrator is for a production installation: a new data folder or database becomes one,
  // and a demo database is refused by openDb.
  const { db } = await openDb({ ...config, production: true }, appVersion);
  try {
    return await db.transaction(async (tx) => {
      const id = await maakBeheerder(tx, { email, naam, organisatie, wachtwoordHash: hash });
      if (!id) throw new CliError(`Er is al een account met het e-mailadres ${email}.`);
      await logSecurityEvent(tx, 'beheerder-aangemaakt', { gebruikerId: id, email, adres: 'kernplan create-admin', details: { organisatie } });
      return id;
    });
  } finally {
    await verschuifStanden(db, [ALGEMEEN]).catch(() => undefined);
    await db.close();
  }
}

export function isUserError(err: unknown): err is Error {
  return err instanceof CliError || err instanceof StartupError;
}
