/**
 * Durability: several signed-in clients write concurrently to a real server process (comments and
 * section texts with If-Match); the process is killed with SIGKILL mid-stream and restarted on the
 * same data. Every write that got a 2xx answer must be there, the section history must match the
 * section versions, and the server must start cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, demoDataDir, HttpClient, type ServerProcess, startServerProcess, stopAllServers, tempDataDir } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const DEMO_WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
/** Kill after this many acknowledged writes (or after MAX_WRITE_MS), while the others are in flight. */
const KILL_AFTER_ACKS = 40;
const MAX_WRITE_MS = 15_000;

interface AckedText {
  sectie: string;
  versie: number;
  tekst: string;
}
interface AckedComment {
  sectie: string;
  id: string;
  tekst: string;
}
interface Wijziging {
  id: number;
  soort: string;
  voor: { tekst?: string; id?: string } | null;
  na: { tekst?: string; id?: string } | null;
}

const kinds = vereist('DATABASE_URL') ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

describe.each(kinds)('bevestigde schrijfacties overleven SIGKILL (%s)', (kind) => {
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  let dataDir: string;

  beforeAll(async () => {
    // The demo installation: with PGlite a copy in a new data folder, with PostgreSQL a new database.
    dataDir = kind === 'pglite' ? await demoDataDir('kp-duur-') : tempDataDir('kp-duur-');
    if (kind === 'postgresql') {
      const db = await createPgDatabase({ demo: true });
      databaseUrl = db.url;
      drop = db.drop;
    }
  });
  afterAll(async () => {
    await stopAllServers();
    await drop?.();
  });

  it('bewaart elke bevestigde opmerking en tekst, met een geschiedenis die klopt met de versies', async () => {
    const eerste: ServerProcess = await startServerProcess({ dataDir, databaseUrl });
    const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser'] as const;
    const as = Object.fromEntries(await Promise.all(rollen.map(async (r) => [r, await HttpClient.signIn(eerste.url, mail(r))] as const))) as Record<
      (typeof rollen)[number],
      HttpClient
    >;
    const lijst = (await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; naam: string }[];
    const ws = lijst.find((w) => w.naam === DEMO_WERKRUIMTE)!.id;
    const sectiePad = (s: string) => `/werkruimtes/${ws}/secties/${s}`;

    const secties = ['thema-1.1', 'thema-1.3', 'thema-2.1'];
    const begin = new Map<string, { versie: number; tekstWijzigingen: number }>();
    for (const s of secties) {
      const sectie = await as.coordinator.get(sectiePad(s));
      const geschiedenis = (await as.coordinator.get(`${sectiePad(s)}/wijzigingen`)).body.wijzigingen as Wijziging[];
      begin.set(s, { versie: sectie.body.versie as number, tekstWijzigingen: geschiedenis.filter((w) => w.soort.startsWith('sectie.')).length });
    }

    const teksten: AckedText[] = [];
    const opmerkingen: AckedComment[] = [];
    let acks = 0;
    let onderweg = 0;
    let onderwegBijKill = -1;
    let gestopt = false;
    let killed: Promise<unknown> | undefined;
    const kill = () => {
      if (killed) return;
      onderwegBijKill = onderweg;
      gestopt = true;
      killed = eerste.kill('SIGKILL');
    };
    const ack = () => {
      acks += 1;
      if (acks >= KILL_AFTER_ACKS) kill();
    };
    const tracked = async <T>(work: () => Promise<T>): Promise<T> => {
      onderweg += 1;
      try {
        return await work();
      } finally {
        onderweg -= 1;
      }
    };

    /** Writes new texts in a loop with If-Match; on 412 continues from the current version. */
    const tekstSchrijver = async (client: HttpClient, naam: string, sectie: string) => {
      let etag = (await client.get(sectiePad(sectie))).etag!;
      for (let i = 0; !gestopt; i += 1) {
        const tekst = `Analyse ${sectie} door ${naam}, ronde ${i}`;
        const res = await tracked(() => client.call('PATCH', sectiePad(sectie), { tekst, persoonsgegevensGecontroleerd: true }, { 'If-Match': etag }));
        if (res.status === 200) {
          teksten.push({ sectie, versie: res.body.versie as number, tekst });
          ack();
        } else if (res.status !== 412) {
          throw new Error(`PATCH ${sectie} gaf ${res.status}: ${JSON.stringify(res.body)}`);
        }
        etag = res.etag!;
      }
    };
    const opmerkingSchrijver = async (client: HttpClient, naam: string, sectie: string) => {
      for (let i = 0; !gestopt; i += 1) {
        const tekst = `Opmerking ${naam} ${sectie} nr ${i}`;
        const res = await tracked(() => client.call('POST', `${sectiePad(sectie)}/opmerkingen`, { tekst }));
        if (res.status !== 201) throw new Error(`POST opmerking gaf ${res.status}: ${JSON.stringify(res.body)}`);
        opmerkingen.push({ sectie, id: res.body.id as string, tekst });
        ack();
      }
    };
    const schrijvers = [
      tekstSchrijver(as.coordinator, 'coordinator', 'thema-1.1'),
      tekstSchrijver(as.redacteur, 'redacteur', 'thema-1.1'),
      tekstSchrijver(as.partner, 'partner', 'thema-1.3'),
      tekstSchrijver(as.redacteur, 'redacteur', 'thema-2.1'),
      opmerkingSchrijver(as.beslisser, 'beslisser', 'thema-1.1'),
      opmerkingSchrijver(as.coordinator, 'coordinator', 'thema-2.1'),
      opmerkingSchrijver(as.partner, 'partner', 'thema-1.3'),
    ];
    const noodrem = setTimeout(kill, MAX_WRITE_MS);
    const uitkomsten = await Promise.allSettled(schrijvers);
    clearTimeout(noodrem);
    kill();
    expect(await killed).toMatchObject({ signal: 'SIGKILL' });
    // Writers only stop on the kill: a connection error, never an unexpected status.
    for (const u of uitkomsten) {
      if (u.status === 'rejected') expect(String(u.reason)).toMatch(/fetch failed|ECONNRESET|ECONNREFUSED|socket|terminated/i);
    }
    expect(acks, 'genoeg bevestigde schrijfacties voor de kill').toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(onderwegBijKill, 'verzoeken onderweg op het moment van de kill').toBeGreaterThan(0);
    expect(teksten.length).toBeGreaterThan(0);
    expect(opmerkingen.length).toBeGreaterThan(0);

    const tweede = await startServerProcess({ dataDir, databaseUrl });
    const lezer = as.coordinator.on(tweede.url); // sessions live in the database too
    expect((await lezer.get('/health')).status).toBe(200);

    for (const s of secties) {
      const sectie = (await lezer.get(sectiePad(s))).body as { versie: number; tekst: string };
      const mijn = teksten.filter((t) => t.sectie === s);
      const laatste = mijn.reduce((max, t) => Math.max(max, t.versie), begin.get(s)!.versie);
      expect(sectie.versie, `${s}: opgeslagen versie tegenover de laatst bevestigde`).toBeGreaterThanOrEqual(laatste);

      const geschiedenis = ((await lezer.get(`${sectiePad(s)}/wijzigingen`)).body.wijzigingen as Wijziging[]).slice().reverse();
      const tekstWijzigingen = geschiedenis.filter((w) => w.soort.startsWith('sectie.'));
      // One history entry per version step, each starting from the text the previous one left.
      expect(tekstWijzigingen.length - begin.get(s)!.tekstWijzigingen, `${s}: wijzigingen tegenover versies`).toBe(sectie.versie - begin.get(s)!.versie);
      const nieuw = tekstWijzigingen.slice(begin.get(s)!.tekstWijzigingen);
      for (let i = 1; i < nieuw.length; i += 1) expect(nieuw[i]!.voor?.tekst).toBe(nieuw[i - 1]!.na?.tekst);
      if (nieuw.length > 0) expect(nieuw.at(-1)!.na?.tekst).toBe(sectie.tekst);
      // Every acknowledged text is the text of exactly the version it was acknowledged as.
      for (const t of mijn) expect(nieuw[t.versie - begin.get(s)!.versie - 1]?.na?.tekst, `${s} versie ${t.versie}`).toBe(t.tekst);

      const bewaard = (await lezer.get(`${sectiePad(s)}/opmerkingen`)).body.opmerkingen as { id: string; tekst: string }[];
      const geplaatst = new Set(geschiedenis.filter((w) => w.soort === 'opmerking.geplaatst').map((w) => w.na?.id));
      for (const o of opmerkingen.filter((x) => x.sectie === s)) {
        expect(bewaard.find((b) => b.id === o.id)?.tekst, `opmerking ${o.tekst}`).toBe(o.tekst);
        expect(geplaatst.has(o.id), `geschiedenis van opmerking ${o.tekst}`).toBe(true);
      }
    }

    // The restarted server takes new writes, and started without errors.
    const verder = await as.redacteur.on(tweede.url).writeCurrent('PATCH', sectiePad('thema-1.1'), { tekst: 'Na de herstart verder', persoonsgegevensGecontroleerd: true });
    expect(verder.status).toBe(200);
    expect(tweede.output()).not.toMatch(/error|fout|warn/i);
    await tweede.kill('SIGTERM');
  }, 90_000);
});
