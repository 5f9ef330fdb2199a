import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { StartupError } from './db/db.ts';
import { ensureWritableDir } from './db/pglite-db.ts';
import { openPostgresDb } from './db/postgres-db.ts';

describe('readConfig', () => {
  it('gebruikt standaardwaarden', () => {
    expect(readConfig({})).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: undefined });
  });
  it('leest PORT, DATA_DIR en DATABASE_URL', () => {
    expect(readConfig({ PORT: '4000', DATA_DIR: '/tmp/x', DATABASE_URL: 'postgres://h/db' })).toMatchObject({
      port: 4000,
      dataDir: '/tmp/x',
      databaseUrl: 'postgres://h/db',
    });
  });
  it.each(['abc', '0', '70000', '3.5'])('weigert PORT=%s met een duidelijke melding', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(StartupError);
    expect(() => readConfig({ PORT: port })).toThrow(`'${port}'`);
  });
});

describe('opstartfouten', () => {
  it('meldt een datamap die niet te maken of te beschrijven is, met het pad', () => {
    expect(() => ensureWritableDir('/etc/hostname/kernplan')).toThrow(StartupError);
    expect(() => ensureWritableDir('/etc/hostname/kernplan')).toThrow(/\/etc\/hostname\/kernplan is niet schrijfbaar.*DATA_DIR/);
  });
  it('meldt een onbereikbare PostgreSQL-server met host en poort', async () => {
    await expect(openPostgresDb('postgres://kernplan@127.0.0.1:1/kernplan')).rejects.toThrow(
      /Kan geen verbinding maken met de PostgreSQL-server uit DATABASE_URL \(127\.0\.0\.1:1\/kernplan\)/,
    );
  });
});
