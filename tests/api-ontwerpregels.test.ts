/**
 * The NL GOV API Design Rules, checked with their official linter (Logius's Spectral ruleset, a copy
 * in tests/support/api-regels) on the OpenAPI document the app serves: no error at all, apart from
 * the exceptions Kernplan explains in the document (comply or explain). The ruleset and Spectral are
 * read from the repository and node_modules: nothing is fetched.
 *
 * The document does not depend on the database, so this runs on PGlite only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Spectral, type Ruleset } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type KernplanApp } from '../src/server/app.ts';
import { API_VERSIE_HEADER, UITZONDERINGEN_VELD, uitzonderingen } from '../src/server/api/openapi-regels.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

const regelsMap = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'api-regels');
const ERROR = 0;

type Json = Record<string, unknown>;
interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, { headers?: Json }> } & Json>>;
  components: { headers: Record<string, { schema: { const?: string } }> };
  [veld: string]: unknown;
}

function opPointer(doc: unknown, pointer: string): Json | undefined {
  let plek: unknown = doc;
  for (const deel of pointer.split('/').slice(1)) {
    plek = plek && typeof plek === 'object' ? (plek as Json)[deel.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return plek && typeof plek === 'object' ? (plek as Json) : undefined;
}

/** The pairs "pointer rule" that the overrides of the ruleset switch off. */
function overridesVan(ruleset: Ruleset): string[] {
  const paren: string[] = [];
  for (const override of ruleset.overrides ?? []) {
    const regels = 'rules' in override ? Object.entries(override.rules ?? {}) : [];
    for (const bestand of override.files) {
      const pointer = bestand.includes('#') ? decodeURIComponent(bestand.slice(bestand.indexOf('#') + 1)) : '(heel bestand)';
      for (const [regel, ernst] of regels) paren.push(`${pointer} ${regel}${ernst === 'off' ? '' : ` (${String(ernst)})`}`);
    }
  }
  return paren.sort();
}

describe('NL GOV API Design Rules: de officiële linter op /api/v1/openapi.json', () => {
  let testDb: TestDb;
  let app: KernplanApp;
  let doc: OpenApi;
  let ruleset: Ruleset;

  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    // As an installation that has set its contact for the API (main.ts, from the environment).
    app = createApp({ db: testDb.db, apiContact: { email: 'api@kernplan.gemeente.example' } });
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    doc = (await res.json()) as OpenApi;
    ruleset = await bundleAndLoadRuleset(path.join(regelsMap, 'kernplan.spectral.yaml'), {
      fs,
      fetch: () => Promise.reject(new Error('De linter mag niets van het netwerk halen.')),
    });
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it('vindt geen enkele fout', async () => {
    const spectral = new Spectral();
    spectral.setRuleset(ruleset);
    // A path inside the ruleset's folder: the overrides of kernplan.spectral.yaml match on it.
    const bron = path.join(regelsMap, 'openapi.json');
    const bevindingen = await spectral.run(new Document(JSON.stringify(doc), Json, bron));
    const fouten = bevindingen
      .filter((b) => b.severity === ERROR)
      .map((b) => `${String(b.code)} ${b.path.join('.')}: ${b.message}`);
    expect(fouten, `De linter vindt ${fouten.length} fouten:\n${fouten.join('\n')}`).toEqual([]);
  });

  it('legt elke uitzondering in het document uit, precies waar de linter de regel uitzet', () => {
    const inDocument: string[] = [];
    for (const u of uitzonderingen) {
      const plek = opPointer(doc, u.waar);
      expect(plek, `${u.waar} staat niet (meer) in het document; haal de uitzondering weg`).toBeDefined();
      const uitleg = plek?.[UITZONDERINGEN_VELD] as { linterregel: string; toelichting: string }[] | undefined;
      expect(uitleg?.find((x) => x.linterregel === u.linterregel)?.toelichting, u.waar).toBe(u.toelichting);
      expect(plek?.description, u.waar).toContain(u.toelichting);
      inDocument.push(`${u.waar} ${u.linterregel}`);
    }
    expect(overridesVan(ruleset)).toEqual(inDocument.sort());
  });

  it('belooft geen 400 waar een uitzondering zegt dat die niet kan', () => {
    for (const u of uitzonderingen.filter((x) => x.linterregel === 'nlgov:problem-invalid-input')) {
      const op = opPointer(doc, u.waar) as { responses?: Json } | undefined;
      expect(op?.responses?.['400'], `${u.waar} belooft 400: haal de uitzondering weg`).toBeUndefined();
    }
  });

  it('noemt API-Version op elk antwoord, met de versie die de server stuurt', async () => {
    const beloofd = doc.components.headers[API_VERSIE_HEADER]?.schema.const;
    for (const pad of ['/api/v1/velden', '/api/v1/themas/9.9', '/api/v1/openapi.json']) {
      expect((await app.request(pad)).headers.get(API_VERSIE_HEADER), pad).toBe(beloofd);
    }
    for (const [pad, ops] of Object.entries(doc.paths)) {
      for (const [methode, op] of Object.entries(ops)) {
        for (const [status, antwoord] of Object.entries(op.responses ?? {})) {
          expect(antwoord.headers?.[API_VERSIE_HEADER], `${methode} ${pad} ${status}`).toBeDefined();
        }
      }
    }
  });

  it('geeft echt 400 waar het document dat om een parameter of de body belooft', async () => {
    // A repeated query parameter fails its schema (the validation hook answers 400).
    const dubbel = await app.request('/api/v1/oidc/aanmelden?terug=/a&terug=/b');
    expect(dubbel.status).toBe(400);
    expect(doc.paths['/api/v1/oidc/aanmelden']?.get?.responses?.['400']).toBeDefined();
    // A body that is not JSON (the JSON gate answers 400).
    const geenJson = await app.request('/api/v1/sessies', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{x' });
    expect(geenJson.status).toBe(400);
    expect(doc.paths['/api/v1/sessies']?.post?.responses?.['400']).toBeDefined();
  });
});
