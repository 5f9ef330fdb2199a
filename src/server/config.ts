import { StartupError } from './db/db.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  production: boolean;
}

/** Reads the configuration from environment variables; a wrong value is a clear StartupError. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`PORT moet een poortnummer tussen 1 en 65535 zijn, niet '${portText}'.`);
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.DATA_DIR?.trim() || './data',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    production: env.NODE_ENV === 'production',
  };
}
