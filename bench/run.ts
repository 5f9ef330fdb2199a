/**
 * Benchmarks: figures and ratios against a reference measured in the same run. Never part of npm test.
 *   npm run bench
 */
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { themas, zoekInKennisbank } from '../src/domain/kennisbank/kennisbank.ts';
import { filterMethoden } from '../src/domain/methoden/catalogus.ts';
import { normaliseerZoektekst } from '../src/domain/tekst/zoektekst.ts';
import { createApp } from '../src/server/app.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { pgliteDb } from '../src/server/db/pglite-db.ts';

async function measure(name: string, iterations: number, fn: () => unknown | Promise<unknown>) {
  for (let i = 0; i < Math.min(50, iterations); i++) await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  const ms = (performance.now() - start) / iterations;
  return { name, ms };
}

function print(rows: { name: string; ms: number }[], reference: { ms: number }) {
  for (const r of rows) {
    console.log(`${r.name.padEnd(52)} ${(r.ms * 1000).toFixed(1).padStart(9)} µs  ${(r.ms / reference.ms).toFixed(2).padStart(7)}x referentie`);
  }
}

const vragen = ['ondermijning', 'criminaliteit', 'cameratoezicht', 'jeugd alcohol', 'coördinatie'];

console.log('Zoeken in de kennisbank (per zoekvraag)');
// Reference: the least any search must do, one pass of includes() over the pre-normalised text.
const vooraf = themas.map((t) => normaliseerZoektekst(JSON.stringify(t)));
const ref = await measure('referentie: includes() op vooraf genormaliseerde tekst', 2000, () => {
  for (const q of vragen) vooraf.filter((t) => t.includes(normaliseerZoektekst(q)));
});
ref.ms /= vragen.length;
const zoek = await measure('zoekInKennisbank (scoren, fragmenten)', 200, () => {
  for (const q of vragen) zoekInKennisbank(q);
});
zoek.ms /= vragen.length;
const filter = await measure('filterMethoden (zes filters + vrije tekst)', 2000, () =>
  filterMethoden({ object: ['gebied'], partij: ['politie'], zoek: 'veilig' }),
);
print([ref, zoek, filter], ref);

console.log('\nAPI in-process op PGlite (per aanvraag)');
const pg = await PGlite.create();
const db = pgliteDb(pg);
await migrate(db);
const app = createApp({ db });
const health = await measure('referentie: GET /api/v1/health (één query)', 300, () => app.request('/api/v1/health'));
const thema = await measure('GET /api/v1/themas/5.2', 300, () => app.request('/api/v1/themas/5.2'));
const methoden = await measure('GET /api/v1/methoden?object=gebied&partij=politie', 300, () =>
  app.request('/api/v1/methoden?object=gebied&partij=politie'),
);
const zoekApi = await measure('GET /api/v1/zoekresultaten?zoek=ondermijning', 100, () =>
  app.request('/api/v1/zoekresultaten?zoek=ondermijning'),
);
print([health, thema, methoden, zoekApi], health);
await pg.close();

console.log('\nSamenwerken in-process op PGlite (per aanvraag, aangemeld als coördinator)');
{
  const { seedDemo, DEMO_PASSWORD } = await import('../src/server/demo/demo.ts');
  const pgs = await PGlite.create();
  const sdb = pgliteDb(pgs);
  await migrate(sdb);
  await seedDemo(sdb);
  const sapp = createApp({ db: sdb });
  const signIn = async () => {
    const res = await sapp.request('/api/v1/sessies', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@demo.kernplan.nl', wachtwoord: DEMO_PASSWORD }),
    });
    const body = (await res.json()) as { csrfToken: string };
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
  };
  const s = await signIn();
  const werkruimtes = (await (await sapp.request('/api/v1/werkruimtes', { headers: { Cookie: s.cookie } })).json()) as { werkruimtes: { id: string }[] };
  const pad = `/api/v1/werkruimtes/${werkruimtes.werkruimtes[0]!.id}/secties/thema-1.1`;
  const sref = await measure('referentie: GET /api/v1/health (één query)', 200, () => sapp.request('/api/v1/health'));
  const lees = await measure('GET sectie (sessie, lidmaatschap, sectie)', 200, () => sapp.request(pad, { headers: { Cookie: s.cookie } }));
  let etag = (await sapp.request(pad, { headers: { Cookie: s.cookie } })).headers.get('ETag') ?? '"1"';
  let n = 0;
  const schrijf = await measure('PATCH sectie met If-Match (transactie + geschiedenis)', 200, async () => {
    const res = await sapp.request(pad, {
      method: 'PATCH',
      headers: { Cookie: s.cookie, 'X-CSRF-Token': s.csrf, 'If-Match': etag, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tekst: `Analyse sociale kwaliteit, versie ${n++}` }),
    });
    etag = res.headers.get('ETag') ?? etag;
  });
  // Sign-in is deliberately slow (scrypt); fewer rounds, and a fresh session each time.
  const aanmelden = await measure('POST /api/v1/sessies (scrypt, nieuwe sessie)', 10, signIn);
  print([sref, lees, schrijf, aanmelden], sref);

  console.log('\nBeleidscyclus in-process op PGlite (demogemeente: 33 secties, 3 prioriteiten, 20 maatregelen)');
  const ws = `/api/v1/werkruimtes/${werkruimtes.werkruimtes.find((w) => (w as { soort?: string }).soort === 'ivp')!.id}`;
  const get = async (p: string) => (await sapp.request(`${ws}${p}`, { headers: { Cookie: s.cookie } })).arrayBuffer();
  const cref = await measure('referentie: GET /api/v1/health (één query)', 100, () => sapp.request('/api/v1/health'));
  const check = await measure('GET plancheck (stand laden + regels)', 50, () => get('/plancheck'));
  const model = await measure('GET documenten/ivp (model voor de HTML-weergave)', 50, () => get('/documenten/ivp'));
  const docx = await measure('GET documenten/ivp.docx (Word-bestand)', 20, () => get('/documenten/ivp.docx'));
  const analyse = await measure('GET documenten/veiligheidsanalyse.docx (33 secties, tabellen)', 10, () => get('/documenten/veiligheidsanalyse.docx'));
  print([cref, check, model, docx, analyse], cref);

  console.log('\nSturing (stap 6) in-process op PGlite (8 indicatoren met metingen, 20 maatregelen)');
  const dash = await measure('GET dashboard (indicatoren beoordelen, voortgang)', 50, () => get('/dashboard'));
  const agenda = await measure('GET voortgangsoverleg/agenda', 50, () => get('/voortgangsoverleg/agenda'));
  const rapport = await measure('GET voortgangsrapportages/2027-K1.docx (Word)', 20, () => get('/voortgangsrapportages/2027-K1.docx'));
  print([cref, dash, agenda, rapport], cref);
  await pgs.close();
}
