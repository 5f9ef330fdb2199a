/**
 * The `kernplan` command. Sub-commands: serve (default of npm start), help, version.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { StartupError } from '../server/db/db.ts';
import { startServer } from '../server/main.ts';
import { appVersion } from '../server/version.ts';

const help = `kernplan ${appVersion}: integraal veiligheidsbeleid volgens Kernbeleid Veiligheid

Gebruik:
  kernplan serve       Start de webapplicatie (standaard op http://localhost:3000)
  kernplan --version   Toon het versienummer
  kernplan --help      Toon deze hulp

Omgevingsvariabelen:
  PORT           Poort van de webserver (standaard 3000)
  HOST           Adres waarop de server luistert (standaard 127.0.0.1)
  DATA_DIR       Map voor de ingebouwde database (standaard ./data)
  DATABASE_URL   Gebruik een PostgreSQL-server in plaats van de ingebouwde database,
                 bijvoorbeeld postgres://gebruiker@localhost:5432/kernplan
`;

export async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${help}`);
    return 2;
  }
  const [command] = parsed.positionals;
  if (parsed.values.version) {
    console.log(appVersion);
    return 0;
  }
  if (parsed.values.help || command === 'help' || command === undefined) {
    console.log(help);
    return 0;
  }
  if (command === 'serve') {
    try {
      const server = await startServer(readConfig());
      const where = server.db.kind === 'pglite' ? `ingebouwde database in ${readConfig().dataDir}` : 'PostgreSQL-server (DATABASE_URL)';
      console.log(`Kernplan draait op ${server.url} (${where}). Stoppen: Ctrl+C.`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1; // keeps running
    } catch (err) {
      if (err instanceof StartupError) {
        console.error(`Kernplan start niet: ${err.message}`);
        return 1;
      }
      throw err;
    }
  }
  console.error(`Onbekend commando '${command}'.\n\n${help}`);
  return 2;
}
