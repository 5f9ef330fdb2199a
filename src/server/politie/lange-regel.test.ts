/**
 * Kernplan issue 12 (punt 4 en 5): een upload met een te lange regel wordt meteen geweigerd (422 met
 * het regelnummer) zonder de rest van de body te lezen; een upload boven MAX_UPLOAD_MB krijgt 413; de
 * server blijft intussen antwoorden en spaart de body niet op.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseVoor, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from '../../../tests/support/server-process.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { BestandGeweigerd, Inlezer, MAX_REGEL } from '../../domain/politie/inlezen.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { seedDemo } from '../demo/demo.ts';
import { Lezer, stopLeesWerker } from './parallel.ts';
import { meegeleverdeRegios, regiolijst } from './regiolijst.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const kop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';
const tekst = (t: string) => new TextEncoder().encode(t);
const MiB = 1024 * 1024;

/** Geldige regels in CBS-vorm: elke regio x soort x jaar één keer (±60 bytes per regel). */
function* cbsRegels(aantal: number, eerste = 0): Generator<string> {
  const regios = meegeleverdeRegios().filter((r) => r.soort !== 'overig');
  const perJaar = regios.length * misdrijfsoorten.length;
  for (let i = eerste; i < eerste + aantal; i++) {
    const jaar = 2023 - Math.floor(i / perJaar);
    const r = regios[Math.floor(i / misdrijfsoorten.length) % regios.length]!;
    const m = misdrijfsoorten[i % misdrijfsoorten.length]!;
    yield `"${i}";"${r.code.padEnd(10)}";"${m.code.padEnd(7)}";"${jaar}JJ00";"${String(i % 300).padStart(6)}"`;
  }
}

/** Een bestand als stukken: de kopregel, `voor` geldige regels, dan `lang` bytes zonder regeleinde (als lang > 0), dan `na` geldige regels. */
function* bestand(opties: { voor: number; lang?: number; na?: number; stuk?: number; einde?: string }): Generator<Uint8Array> {
  const stuk = opties.stuk ?? 64 * 1024;
  const einde = opties.einde ?? '\n';
  let buffer = `${kop}${einde}`;
  for (const r of cbsRegels(opties.voor)) {
    buffer += r + einde;
    if (buffer.length >= stuk) {
      yield tekst(buffer);
      buffer = '';
    }
  }
  if (buffer) yield tekst(buffer);
  if (opties.lang) {
    for (let n = 0; n < opties.lang; n += stuk) yield new Uint8Array(Math.min(stuk, opties.lang - n)).fill(0x61);
    yield tekst(einde);
  }
  buffer = '';
  for (const r of cbsRegels(opties.na ?? 0, opties.voor)) {
    buffer += r + einde;
    if (buffer.length >= stuk) {
      yield tekst(buffer);
      buffer = '';
    }
  }
  if (buffer) yield tekst(buffer);
}

/** Een body als stroom die pas stukken maakt als de server erom vraagt, en telt hoeveel bytes hij gaf. */
function tellendeBody(stukken: Iterable<Uint8Array>) {
  const it = stukken[Symbol.iterator]();
  let gegeven = 0;
  const stroom = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        const v = it.next();
        if (v.done) c.close();
        else {
          gegeven += v.value.length;
          c.enqueue(v.value);
        }
      },
    },
    { highWaterMark: 0 },
  );
  return { stroom, gegeven: () => gegeven };
}

describe('Lezer: een te lange regel na het begin van parallel lezen', () => {
  afterAll(() => stopLeesWerker());
  const opties = { vanafBytes: 64 * 1024, segmentBytes: 32 * 1024, inVluchtMax: 8, maxCellen: 125_000 };

  async function lees(stukken: Iterable<Uint8Array>, metWerker: boolean) {
    const inlezer = new Inlezer({ regios: regiolijst() });
    const lezer = new Lezer(inlezer, opties, metWerker);
    let gevoerd = 0;
    try {
      for (const s of stukken) {
        gevoerd += s.length;
        await lezer.verwerk(s);
      }
      await lezer.klaar();
      return { uitkomst: inlezer.einde(), fout: null, gevoerd };
    } catch (err) {
      lezer.stop();
      if (!(err instanceof BestandGeweigerd)) throw err;
      return { uitkomst: null, fout: err, gevoerd };
    }
  }

  it.each([
    [true, 16 * 1024],
    [false, 16 * 1024],
    [true, MiB],
  ])('weigert regel 5.002 meteen, zonder de rest te lezen (leesthread: %s, stukken van %i bytes)', async (metWerker, stuk) => {
    // 5.000 regels (±300 KB) lezen parallel; regel 5.002 is 32 MB lang. Stukken van 1 MB hebben een
    // eigen buffer (zoals van een bestandsstroom bij kernplan import-police) en gaan langs de snelle weg.
    const { fout, gevoerd } = await lees(bestand({ voor: 5000, lang: 32 * MiB, na: 1000, stuk }), metWerker);
    expect(fout?.regel).toBe(5002);
    expect(fout?.message).toContain('Regel 5002 is langer dan 65.536 tekens');
    expect(gevoerd).toBeLessThan(400_000 + MAX_REGEL + 2 * stuk);
  });

  it('leest na een stuk met regeleinden (LF) ook regels met alleen CR, zoals de inlezer alleen', async () => {
    const lf = [...bestand({ voor: 3000, stuk: 16 * 1024 })];
    const cr = [...cbsRegels(3000, 3000)].join('\r') + '\r';
    const stukken = [...lf, ...Array.from({ length: Math.ceil(cr.length / 16384) }, (_, i) => tekst(cr.slice(i * 16384, (i + 1) * 16384)))];
    const alleen = new Inlezer({ regios: regiolijst() });
    for (const s of stukken) alleen.verwerk(s);
    const verwacht = alleen.einde();
    expect(verwacht.foutenTotaal).toBe(0);
    expect(verwacht.regelsGeimporteerd).toBe(6000);
    for (const metWerker of [true, false]) {
      // Kopieën: de leesthread krijgt buffers zonder kopiëren (ze zijn daarna hier leeg).
      const { uitkomst } = await lees(stukken.map((s) => s.slice()), metWerker);
      expect(uitkomst).not.toBeNull();
      expect({ ...uitkomst!, rest: uitkomst!.rest.aantal }).toEqual({ ...verwacht, rest: verwacht.rest.aantal });
    }
  });
});

describe.each(dbKinds)('upload: te lange regel en grens (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  /** Dezelfde database, met een uploadgrens van 1 MB. */
  let klein: KernplanApp;
  let w: string;
  let coordinator: Client;
  let redacteur: Client;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    klein = createApp({ db: t.db, maxUploadBytes: MiB });
    coordinator = await Client.signIn(app, 'coordinator@demo.kernplan.nl');
    redacteur = await Client.signIn(app, 'redacteur@demo.kernplan.nl');
    w = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
  }, 180_000);
  afterAll(async () => {
    await t.drop();
    await stopLeesWerker();
  });

  const pad = () => `/werkruimtes/${w}/politiecijfers/imports`;
  const tel = async () =>
    (
      await t.db.query<{ i: number; c: number; b: number }>(
        'select (select count(*) from politie_imports)::int as i, (select count(*) from politie_cijfers)::int as c, (select count(*) from politie_import_buffer)::int as b',
      )
    ).rows[0]!;

  async function stuur(doel: KernplanApp, method: 'POST' | 'PUT', url: string, body: ReadableStream<Uint8Array> | Uint8Array, headers: Record<string, string> = {}) {
    const res = await doel.request(`/api/v1${url}`, {
      method,
      headers: { Cookie: redacteur.cookie!, 'X-CSRF-Token': redacteur.csrf!, 'Content-Type': 'text/csv', ...headers },
      body: body as BodyInit,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  }

  it('weigert een upload van één regel van 8 MB met 422 en regel 1, zonder de rest te lezen', async () => {
    const body = tellendeBody(Array.from({ length: 128 }, () => new Uint8Array(64 * 1024).fill(0x61)));
    const r = await stuur(app, 'POST', `${pad()}?bestandsnaam=een-regel.csv`, body.stroom);
    expect(r.status).toBe(422);
    expect(r.type).toBe('application/problem+json');
    expect(r.body.regel).toBe(1);
    expect(r.body.detail).toContain('Het bestand een-regel.csv is geweigerd (regel 1): Regel 1 is langer dan 65.536 tekens');
    expect(body.gegeven()).toBeLessThan(MiB);
    expect(await tel()).toEqual({ i: 0, c: 0, b: 0 });
  });

  it('weigert in twee stappen een bestand waarvan regel 3 te lang is, en de import staat op geweigerd', async () => {
    const start = await redacteur.call('POST', pad(), { bestandsnaam: 'derde.csv' });
    expect(start.status).toBe(201);
    const body = tellendeBody(bestand({ voor: 1, lang: 8 * MiB, na: 100_000 }));
    const r = await stuur(app, 'PUT', `${pad()}/${start.body.id as string}/bestand`, body.stroom);
    expect(r.status).toBe(422);
    expect(r.body.regel).toBe(3);
    expect(r.body.detail).toContain('Regel 3 is langer dan 65.536 tekens');
    expect(body.gegeven()).toBeLessThan(MiB);
    expect((await redacteur.get(`${pad()}/${start.body.id as string}`)).body).toMatchObject({ status: 'geweigerd', regel: 3 });
    expect(await tel()).toEqual({ i: 0, c: 0, b: 0 });
  });

  it('geeft 413 boven de uploadgrens: op Content-Length zonder de body te lezen, en tijdens het lezen', async () => {
    // Content-Length boven de grens: niets gelezen, geen import gemaakt.
    const vooraf = tellendeBody(bestand({ voor: 40_000 }));
    const a = await stuur(klein, 'POST', `${pad()}?bestandsnaam=groot.csv`, vooraf.stroom, { 'Content-Length': String(2 * MiB) });
    expect(a.status).toBe(413);
    expect(a.type).toBe('application/problem+json');
    expect(a.body).toMatchObject({ status: 413, title: 'Bestand te groot' });
    expect(a.body.detail).toBe(
      'Het bestand groot.csv is te groot: een upload mag hoogstens 1 MB zijn. Er is niets ingelezen. Lees een groter bestand in met kernplan import-police op de server, of vraag de beheerder de grens (MAX_UPLOAD_MB) te verhogen.',
    );
    expect(vooraf.gegeven()).toBe(0);

    // Zonder Content-Length (chunked): geweigerd zodra de grens voorbij is.
    const stroom = tellendeBody(bestand({ voor: 40_000 }));
    const b = await stuur(klein, 'POST', `${pad()}?bestandsnaam=groot.csv`, stroom.stroom);
    expect(b.status).toBe(413);
    expect(b.body.import).toMatchObject({ status: 'geweigerd' });
    expect(stroom.gegeven()).toBeLessThan(MiB + 200 * 1024);

    // Stap 1 met een te grote `grootte`: meteen 413, geen import.
    const d = await klein.request(`/api/v1${pad()}`, {
      method: 'POST',
      headers: { Cookie: redacteur.cookie!, 'X-CSRF-Token': redacteur.csrf!, 'Content-Type': 'application/json' },
      body: JSON.stringify({ bestandsnaam: 'groot.csv', grootte: 2 * MiB }),
    });
    expect(d.status).toBe(413);

    // Stap 2 met een Content-Length boven de grens: 413, en de import is geweigerd.
    const start = await klein.request(`/api/v1${pad()}`, {
      method: 'POST',
      headers: { Cookie: redacteur.cookie!, 'X-CSRF-Token': redacteur.csrf!, 'Content-Type': 'application/json' },
      body: JSON.stringify({ bestandsnaam: 'stap2.csv' }),
    });
    const id = ((await start.json()) as { id: string }).id;
    const e = await stuur(klein, 'PUT', `${pad()}/${id}/bestand`, tellendeBody(bestand({ voor: 40_000 })).stroom, { 'Content-Length': String(3 * MiB) });
    expect(e.status).toBe(413);
    expect(e.body.import).toMatchObject({ id, status: 'geweigerd' });
    expect(await tel()).toEqual({ i: 0, c: 0, b: 0 });

    // Onder de grens gaat het gewoon.
    const f = await stuur(klein, 'POST', `${pad()}?bestandsnaam=amsterdam.csv`, amsterdam);
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({ status: 'ingelezen' });
  });

  it('leest een gewoon bestand als stroom nog steeds in', async () => {
    const r = await stuur(app, 'POST', `${pad()}?bestandsnaam=land.csv`, tellendeBody(bestand({ voor: 60_000 })).stroom);
    expect(r.status).toBe(200);
    expect((r.body.samenvatting as { regelsGeimporteerd: number }).regelsGeimporteerd).toBe(60_000);
  });

  it('leest MAX_UPLOAD_MB (megabytes) en weigert een onzinnige waarde', () => {
    expect(readConfig({}).maxUploadBytes).toBe(512 * MiB);
    expect(readConfig({ MAX_UPLOAD_MB: '64' }).maxUploadBytes).toBe(64 * MiB);
    expect(() => readConfig({ MAX_UPLOAD_MB: 'veel' })).toThrow("MAX_UPLOAD_MB moet een positief aantal megabytes zijn, bijvoorbeeld 512, niet 'veel'.");
    expect(() => readConfig({ MAX_UPLOAD_MB: '0' })).toThrow(/MAX_UPLOAD_MB/);
  });
});

/** Het geheugen van een proces (kB): nu (VmRSS) en de piek sinds het begin of sinds zetPiekTerug (VmHWM). */
function geheugen(pid: number): { rss: number; piek: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (naam: string) => Number(new RegExp(`${naam}:\\s+(\\d+) kB`).exec(status)![1]);
  return { rss: kb('VmRSS'), piek: kb('VmHWM') };
}

/** Zet de piek (VmHWM) terug op het huidige geheugen (Linux: 5 in clear_refs). */
function zetPiekTerug(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

interface Antwoord {
  status: number;
  body: Record<string, unknown>;
  /** Zoveel bytes had de client verstuurd toen het antwoord kwam. */
  verstuurd: number;
}

/**
 * Stuurt een body over echte HTTP, stuk voor stuk met een pauze ertussen, en stopt met sturen zodra
 * het antwoord er is (een server die vroeg weigert, sluit de verbinding daarna).
 */
function upload(client: HttpClient, apiPad: string, stukken: Iterable<Uint8Array>, opties: { pauzeMs?: number; headers?: Record<string, string> } = {}): Promise<Antwoord> {
  return new Promise((resolve, reject) => {
    let verstuurd = 0;
    let klaar = false;
    const req = httpRequest(`${client.baseUrl}/api/v1${apiPad}`, {
      method: 'POST',
      headers: { Cookie: client.cookie!, 'X-CSRF-Token': client.csrf!, 'Content-Type': 'text/csv', ...opties.headers },
    });
    req.on('response', (res) => {
      klaar = true;
      let tekst = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (tekst += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {}, verstuurd });
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!klaar) reject(err);
    });
    void (async () => {
      for (const stuk of stukken) {
        if (klaar || req.destroyed) return;
        verstuurd += stuk.length;
        if (!req.write(stuk)) await new Promise<void>((ok) => req.once('drain', ok).once('close', ok));
        if (opties.pauzeMs) await new Promise((ok) => setTimeout(ok, opties.pauzeMs));
      }
      if (!klaar && !req.destroyed) req.end();
    })();
  });
}

/**
 * Vraagt /health (met de database) en /instellingen (zonder) om en om zolang `bezig()` waar is; geeft
 * per antwoord het pad en de duur (ms).
 */
async function peil(url: string, bezig: () => boolean): Promise<{ pad: string; duur: number; status: number }[]> {
  const uit: { pad: string; duur: number; status: number }[] = [];
  for (let i = 0; bezig(); i++) {
    const pad = i % 2 ? '/instellingen' : '/health';
    const t0 = performance.now();
    const res = await fetch(`${url}/api/v1${pad}`);
    await res.arrayBuffer();
    uit.push({ pad, duur: performance.now() - t0, status: res.status });
    await new Promise((ok) => setTimeout(ok, 20));
  }
  return uit;
}

/** Mediaan en maximum van de duur per pad, als tekst. */
function samenvatting(metingen: { pad: string; duur: number }[]): string {
  return ['/health', '/instellingen']
    .map((pad) => {
      const d = metingen.filter((m) => m.pad === pad).map((m) => m.duur).sort((x, y) => x - y);
      return d.length ? `${pad} ${d.length} keer, mediaan ${d[Math.floor(d.length / 2)]!.toFixed(1)} ms, max ${d.at(-1)!.toFixed(1)} ms` : `${pad} 0 keer`;
    })
    .join('; ');
}

const procesKinds = process.env.DATABASE_URL ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

describe.each(procesKinds)('serverproces: antwoorden tijdens een upload, geheugen begrensd (%s)', (kind) => {
  let server: ServerProcess;
  let drop: (() => Promise<void>) | undefined;
  let client: HttpClient;
  let pad: string;

  beforeAll(async () => {
    const database = await databaseVoor(kind);
    const databaseUrl = database.databaseUrl;
    drop = database.drop;
    // De serverprocessen erven process.env: een uploadgrens van 100 MB voor deze server.
    const vorige = process.env.MAX_UPLOAD_MB;
    process.env.MAX_UPLOAD_MB = '100';
    try {
      server = await startServerProcess({ databaseUrl, timeoutMs: 120_000 });
    } finally {
      if (vorige === undefined) delete process.env.MAX_UPLOAD_MB;
      else process.env.MAX_UPLOAD_MB = vorige;
    }
    client = await HttpClient.signIn(server.url, 'coordinator@demo.kernplan.nl');
    const w = ((await client.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    pad = `/werkruimtes/${w}/politiecijfers/imports`;
  }, 180_000);
  afterAll(async () => {
    await stopAllServers();
    await drop?.();
  });

  it('blijft /health beantwoorden tijdens een grote, langzame upload, en leest die in', async () => {
    let bezig = true;
    // ±24 MB in stukken van 256 KB met 15 ms ertussen.
    const stukken = bestand({ voor: 400_000, stuk: 256 * 1024 });
    const antwoord = upload(client, `${pad}?bestandsnaam=groot.csv`, stukken, { pauzeMs: 15 }).finally(() => (bezig = false));
    const metingen = peil(server.url, () => bezig);
    const t0 = performance.now();
    const [a, h] = await Promise.all([antwoord, metingen]);
    const duur = performance.now() - t0;
    expect(a.status, JSON.stringify(a.body).slice(0, 500)).toBe(200);
    expect((a.body.samenvatting as { regelsGeimporteerd: number }).regelsGeimporteerd).toBe(400_000);
    expect(h.length).toBeGreaterThan(5);
    expect(h.every((m) => m.status === 200)).toBe(true);
    console.log(`[${kind}] tijdens een upload van ${(a.verstuurd / 1024 / 1024).toFixed(0)} MB (${Math.round(duur)} ms): ${samenvatting(h)}`);
  }, 180_000);

  it('weigert een upload van één regel van 64 MB meteen met 422, zonder de body op te sparen', async () => {
    zetPiekTerug(server.pid);
    const voor = geheugen(server.pid);
    let bezig = true;
    const eenRegel = function* () {
      for (let i = 0; i < 64; i++) yield new Uint8Array(MiB).fill(0x61);
    };
    const antwoord = upload(client, `${pad}?bestandsnaam=een-regel.csv`, eenRegel()).finally(() => (bezig = false));
    const metingen = peil(server.url, () => bezig);
    const [a, h] = await Promise.all([antwoord, metingen]);
    expect(a.status).toBe(422);
    expect(a.body.regel).toBe(1);
    expect(a.body.detail).toContain('Regel 1 is langer dan 65.536 tekens');
    expect(h.every((m) => m.status === 200)).toBe(true);
    // Na het antwoord leest de server nog hoogstens even door en sluit dan de verbinding.
    await new Promise((ok) => setTimeout(ok, 1000));
    const na = geheugen(server.pid);
    console.log(`[${kind}] één regel van 64 MB: antwoord na ${(a.verstuurd / 1024 / 1024).toFixed(0)} MB verstuurd; geheugen ${Math.round(voor.rss / 1024)} MB, piek daarna ${Math.round(na.piek / 1024)} MB`);
    // De body (64 MB) staat nooit in het geheugen: de piek groeit veel minder dan dat.
    expect(na.piek - voor.rss).toBeLessThan(32 * 1024);
  }, 120_000);

  it('geeft 413 op een Content-Length boven MAX_UPLOAD_MB, zonder op de body te wachten', async () => {
    const stukjes = function* () {
      for (let i = 0; i < 200; i++) yield new Uint8Array(MiB).fill(0x61);
    };
    const a = await upload(client, `${pad}?bestandsnaam=te-groot.csv`, stukjes(), { pauzeMs: 50, headers: { 'Content-Length': String(200 * MiB) } });
    expect(a.status).toBe(413);
    expect(a.body.detail).toContain('een upload mag hoogstens 100 MB zijn');
    expect(a.verstuurd).toBeLessThan(100 * MiB);
  }, 120_000);
});
