/** The `kernplan` command as a user runs it: a real process, real port, real data folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../src/server/toegang/totp.ts';
import { openDb } from '../src/server/db/open-db.ts';
import { nodeArgs } from './support/node-args.ts';
import { kopieerDemoDatamap } from './support/sjablonen.ts';
import { vereist } from './support/vereist.ts';

const bin = fileURLToPath(new URL('../bin/kernplan.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kernplan(args: string[], env: Record<string, string>, until?: (out: string) => boolean, stdin?: string): Promise<Run & { kill(): void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs(), bin, ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: 'pipe',
    });
    child.stdin.end(stdin ?? '');
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGTERM');
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until?.(stdout)) resolve({ code: null, stdout, stderr, kill });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, kill }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'kp-cli-'));

describe('kernplan-commando', () => {
  it('toont hulp met het serve-commando', async () => {
    const r = await kernplan(['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kernplan serve');
    expect(r.stdout).toContain('kernplan create-admin');
    expect(r.stdout).toContain('DATABASE_URL');
    for (const v of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_NAAM', 'SMTP_URL', 'MAIL_AFZENDER']) expect(r.stdout).toContain(v);
  });

  it('start, beantwoordt health en de startpagina, en stopt netjes', async () => {
    const port = await freePort();
    const r = await kernplan(['serve'], { PORT: String(port), DATA_DIR: tempDir() }, (out) => out.includes('draait op'));
    try {
      expect(r.stdout).toContain(`http://localhost:${port}`);
      // A new user learns that this is the demo and how to get in.
      expect(r.stdout).toContain('Demomodus');
      expect(r.stdout).toContain(`http://localhost:${port}/aanmelden`);
      expect(r.stdout).toContain('coordinator@demo.kernplan.nl');
      expect(r.stdout).toContain('Kernplan-demo-2026');
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      expect(health.status).toBe(200);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(await home.text()).toContain('<div id="root">');
    } finally {
      r.kill();
    }
  });

  it('meldt een onschrijfbare datamap in één regel met exitcode 1', async () => {
    const r = await kernplan(['serve'], { PORT: String(await freePort()), DATA_DIR: '/etc/hostname/data' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('De datamap /etc/hostname/data is niet schrijfbaar');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('meldt een onbereikbare DATABASE_URL in één regel met exitcode 1', async () => {
    const r = await kernplan(['serve'], { PORT: String(await freePort()), DATABASE_URL: 'postgres://kernplan@127.0.0.1:1/kernplan' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('127.0.0.1:1/kernplan');
  });

  it('meldt een bezette poort met het poortnummer', async () => {
    const bezet: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (bezet.address() as { port: number }).port;
    try {
      // The demo installation, so that the start reaches the port without first installing it.
      const dataDir = tempDir();
      await kopieerDemoDatamap(dataDir);
      const r = await kernplan(['serve'], { PORT: String(port), DATA_DIR: dataDir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Poort ${port} is al in gebruik`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      bezet.close();
    }
  });
});

describe('kernplan create-admin', () => {
  const wachtwoord = 'beheer wachtwoord 2026';
  const admin = (dir: string, email: string, stdin: string, env: Record<string, string> = { DATA_DIR: dir }) =>
    kernplan(['create-admin', '--email', email, '--naam', 'Bea Beheer', '--organisatie', 'Gemeente Proefstad'], { NODE_ENV: 'production', ...env }, undefined, stdin);
  const oneLine = (r: Run) => {
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('weigert een ongeldig e-mailadres en een kort wachtwoord in één regel', async () => {
    const [slechtAdres, kort] = await Promise.all([admin(tempDir(), 'geen-adres', `${wachtwoord}\n`), admin(tempDir(), 'bea@proefstad.nl', 'kort\n')]);
    oneLine(slechtAdres);
    expect(slechtAdres.stderr).toContain("'geen-adres' is geen geldig e-mailadres.");
    oneLine(kort);
    expect(kort.stderr).toContain('Het wachtwoord moet minstens 12 tekens lang zijn.');
    expect(kort.stderr).not.toContain('kort\n');
  });

  it('maakt een beheerder die na TOTP een werkruimte kan aanmaken, en weigert een tweede account met hetzelfde adres', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const r = await admin(dir, 'Bea@Proefstad.nl', `${wachtwoord}\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('De beheerder is aangemaakt');

    const nogmaals = await admin(dir, 'bea@proefstad.nl', `${wachtwoord}\n`);
    oneLine(nogmaals);
    expect(nogmaals.stderr).toContain('Er is al een account met het e-mailadres bea@proefstad.nl.');

    // The database: a production installation, a municipality, an administrator, a log event, no plain password.
    const { db } = await openDb({ dataDir: dir, production: true }, 'test');
    try {
      const g = await db.query<{ is_beheerder: boolean; soort: string; wachtwoord_hash: string }>(
        'select g.is_beheerder, o.soort, g.wachtwoord_hash from gebruikers g join organisaties o on o.id = g.organisatie_id where g.email = $1',
        ['bea@proefstad.nl'],
      );
      expect(g.rows).toEqual([{ is_beheerder: true, soort: 'gemeente', wachtwoord_hash: expect.stringMatching(/^scrypt\$/) }]);
      const log = await db.query<{ soort: string; details: unknown }>("select soort, details::text as details from beveiligingslog where soort = 'beheerder-aangemaakt'");
      expect(log.rows).toHaveLength(1);
      expect(JSON.stringify(log.rows)).not.toContain(wachtwoord);
      expect((await db.query<{ modus: string }>('select modus from installatie')).rows[0]?.modus).toBe('productie');
    } finally {
      await db.close();
    }

    const port = await freePort();
    const server = await kernplan(['serve'], { PORT: String(port), DATA_DIR: dir, NODE_ENV: 'production' }, (out) => out.includes('draait op'));
    try {
      expect(server.stdout).not.toContain('Demomodus');
      const base = `http://127.0.0.1:${port}/api/v1`;
      const json = { 'Content-Type': 'application/json' };
      const aanmelding = await fetch(`${base}/sessies`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'bea@proefstad.nl', wachtwoord }) });
      expect(aanmelding.status).toBe(201);
      const sessie = (await aanmelding.json()) as { csrfToken: string; totpInstellenVerplicht: boolean; gebruiker: { isBeheerder: boolean } };
      expect(sessie.totpInstellenVerplicht).toBe(true);
      expect(sessie.gebruiker.isBeheerder).toBe(true);
      const h = { ...json, Cookie: (aanmelding.headers.get('set-cookie') ?? '').split(';')[0]!, 'X-CSRF-Token': sessie.csrfToken };
      const werkruimte = JSON.stringify({ naam: 'IVP Proefstad 2027-2030', gemeentecode: 'GM0014', periodeStart: 2027, periodeEinde: 2030 });
      const voorTotp = await fetch(`${base}/werkruimtes`, { method: 'POST', headers: h, body: werkruimte });
      expect(voorTotp.status).toBe(403);
      expect(((await voorTotp.json()) as { detail: string }).detail).toContain('tweestapsverificatie');
      const voorstel = (await (await fetch(`${base}/gebruikers/huidig/totp-voorstellen`, { method: 'POST', headers: h })).json()) as { geheim: string };
      const totp = await fetch(`${base}/gebruikers/huidig/totp`, { method: 'PUT', headers: h, body: JSON.stringify({ geheim: voorstel.geheim, code: totpCode(voorstel.geheim, Date.now()) }) });
      expect(totp.status).toBe(204);
      const na = await fetch(`${base}/werkruimtes`, { method: 'POST', headers: h, body: werkruimte });
      expect(na.status).toBe(201);
      expect(((await na.json()) as { mijnRol: string }).mijnRol).toBe('coordinator');
    } finally {
      server.kill();
    }
  });

  it.skipIf(!vereist('DATABASE_URL'))('werkt ook met DATABASE_URL (PostgreSQL)', async () => {
    const adminUrl = process.env.DATABASE_URL!;
    const name = `kernplan_cli_${Date.now().toString(36)}`;
    const beheer = new pg.Client({ connectionString: adminUrl });
    await beheer.connect();
    await beheer.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const r = await admin(tempDir(), 'pg@proefstad.nl', `${wachtwoord}\n`, { DATABASE_URL: url.toString() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      const { rows } = await c.query("select is_beheerder from gebruikers where email = 'pg@proefstad.nl'");
      await c.end();
      expect(rows).toEqual([{ is_beheerder: true }]);
    } finally {
      await beheer.query(`drop database if exists ${name} with (force)`);
      await beheer.end();
    }
  });
});

describe('kernplan check', () => {
  it('vindt niets in de demo (exit 0), meldt een fout na een wijziging (exit 1) en een onbekende werkruimte (exit 2)', async () => {
    // The demo installation (a copy of the template of global setup; without it a first start makes it).
    const dataDir = tempDir();
    if (!(await kopieerDemoDatamap(dataDir))) {
      const { startServer } = await import('../src/server/main.ts');
      const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: undefined, production: false });
      await server.close();
    }

    const schoon = await kernplan(['check', 'Integraal Veiligheidsplan Dijkstede'], { DATA_DIR: dataDir });
    expect(schoon.stderr).toBe('');
    expect(schoon.stdout).toContain('Plancheck van Integraal Veiligheidsplan Dijkstede 2027-2030');
    expect(schoon.stdout).toContain('Geen bevindingen.');
    expect(schoon.code).toBe(0);

    // A priority without a goal is an error-level finding.
    const { db } = await openDb({ dataDir }, 'test');
    await db.query(`update cyclusdelen set inhoud = jsonb_set(inhoud, '{prioriteiten,p1,doel}', '""') where sleutel = 'ivp'`);
    await db.close();
    const fout = await kernplan(['check', 'Integraal Veiligheidsplan Dijkstede 2027-2030'], { DATA_DIR: dataDir });
    expect(fout.code).toBe(1);
    expect(fout.stdout).toMatch(/^FOUT {9}Prioriteit 'Ondermijning en drugscriminaliteit' heeft in het IVP nog geen doel\. \(het IVP; herstellen bij: ivp#prioriteit-p1\)$/m);
    expect(fout.stdout).toContain('1 fout, 0 waarschuwingen.');
    const json = await kernplan(['check', 'Integraal Veiligheidsplan Dijkstede', '--json'], { DATA_DIR: dataDir });
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { bevindingen: { code: string }[] }).bevindingen.map((b) => b.code)).toEqual(['prioriteit-zonder-doel']);

    const onbekend = await kernplan(['check', 'Atlantis'], { DATA_DIR: dataDir });
    expect(onbekend.code).toBe(2);
    expect(onbekend.stderr.trim()).toBe("Kernplan: Geen werkruimte gevonden met id of naam 'Atlantis'.");
    const dubbel = await kernplan(['check', 'Dijkstede'], { DATA_DIR: dataDir });
    expect(dubbel.code).toBe(2);
    expect(dubbel.stderr).toContain("Meer werkruimtes passen bij 'Dijkstede'");
    expect(dubbel.stderr).toContain('Veilig stationsgebied Dijkstede 2027-2028');
  }, 90_000);
});
