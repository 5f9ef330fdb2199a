/**
 * The `kernplan` command. Sub-commands: serve (default of npm start), create-admin, check, import-police,
 * backup, restore, help, version.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { StartupError } from '../server/db/db.ts';
import { startServer } from '../server/main.ts';
import { appVersion } from '../server/version.ts';
import { backUp, restore } from './back-up.ts';
import { check } from './check.ts';
import { createAdmin, isUserError } from './create-admin.ts';
import { importPolice } from './import-police.ts';
import { DEMO_PASSWORD, demoAccounts } from '../server/demo/demo.ts';
import { rolNamen } from '../domain/toegang/rollen.ts';

const help = `kernplan ${appVersion}: integraal veiligheidsbeleid volgens Kernbeleid Veiligheid

Gebruik:
  kernplan serve       Start de webapplicatie (standaard op http://localhost:3000)
  kernplan create-admin [--email ADRES] [--naam NAAM] [--organisatie GEMEENTE]
                       Maak de (eerste) beheerder van een productie-installatie aan. Het
                       wachtwoord (minstens 12 tekens) komt van standaardinvoer of wordt
                       gevraagd zonder het te tonen. Bij de eerste aanmelding stelt de
                       beheerder tweestapsverificatie (TOTP) in. Stop bij de ingebouwde
                       database eerst de server.
  kernplan check WERKRUIMTE [--json]
                       Voer de plancheck uit op een werkruimte (id of naam). Exitcode 1
                       bij een bevinding met ernst 'fout', 2 als de werkruimte niet
                       (eenduidig) bestaat. Bij de ingebouwde database: stop eerst de server.
  kernplan import-police BESTAND [--workspace WERKRUIMTE] [--gemeente GMxxxx]
                       [--regios CODELIJST] [--soorten CODELIJST] [--json]
                       Lees politiecijfers in (geregistreerde misdrijven): een CBS-export
                       (zoals 47018NED), een download van data.politie.nl of een lange tabel
                       (regio, soort misdrijf, periode, aantal). Toont de voortgang en een
                       samenvatting. --workspace (id of naam) en --gemeente helpen regionamen
                       op te lossen; --regios en --soorten geven de CBS-codelijsten mee.
                       Exitcode 1 als het bestand is geweigerd. Bij de ingebouwde database:
                       stop eerst de server.
  kernplan backup BESTAND
                       Schrijf een back-up van alle gegevens naar BESTAND (gzip). Mag terwijl
                       Kernplan draait: de back-up is een consistente momentopname. Exitcode 1
                       als het niet lukt.
  kernplan restore BESTAND [--overschrijven]
                       Zet een back-up terug in een lege datamap of database (DATA_DIR of
                       DATABASE_URL), alles of niets. --overschrijven vervangt wat er al staat.
                       Bij de ingebouwde database: stop eerst de server. Exitcode 1 bij een
                       beschadigd bestand of een database die niet leeg is.
  kernplan --version   Toon het versienummer
  kernplan --help      Toon deze hulp

Omgevingsvariabelen:
  PORT           Poort van de webserver (standaard 3000)
  HOST           Adres waarop de server luistert (standaard 127.0.0.1)
  DATA_DIR       Map voor de ingebouwde database (standaard ./data)
  DATABASE_URL   Gebruik een PostgreSQL-server in plaats van de ingebouwde database,
                 bijvoorbeeld postgres://gebruiker@localhost:5432/kernplan
  PGLITE_FSYNC   aan (standaard): elke bevestigde wijziging van de ingebouwde database
                 staat op schijf, ook na stroomuitval; uit: sneller, maar stroomuitval
                 kan de laatste wijzigingen of de database kosten
  NODE_ENV       production: productiemodus (geen demo-accounts, TOTP verplicht voor
                 coördinatoren en beheerders)
  PUBLIC_URL     Adres waarop gebruikers Kernplan openen, bijvoorbeeld https://kernplan.gemeente.nl
                 (Secure-cookies, links in uitnodigingen, OIDC-terugkeeradres)
  TRUST_PROXY    Proxy's vóór Kernplan: een aantal (1) of hun IP-adressen/subnetten met komma's
  MAX_UPLOAD_MB  Grootste upload van politiecijfers in MB (standaard 512)

  Aanmelden met een organisatie-account (OpenID Connect, optioneel):
  OIDC_ISSUER        URL van de inlogdienst, bijvoorbeeld https://login.gemeente.nl
  OIDC_CLIENT_ID     Client-id van Kernplan bij de inlogdienst
  OIDC_CLIENT_SECRET Client-secret (weglaten voor een publieke client met alleen PKCE)
  OIDC_REDIRECT_URI  Terugkeeradres; standaard <adres van Kernplan>/api/v1/oidc/terugkeer
  OIDC_NAAM          Tekst op de knop "Aanmelden met ...", bijvoorbeeld Gemeente Zwolle-account
  OIDC_ORGANISATIE   Organisatie van nieuwe accounts via de inlogdienst (standaard die van
                     de eerste beheerder)

  Uitnodigingen per e-mail (optioneel):
  SMTP_URL       Mailserver, bijvoorbeeld smtp://gebruiker:wachtwoord@mail.gemeente.nl:587
  MAIL_AFZENDER  Afzender, bijvoorbeeld "Kernplan <kernplan@gemeente.nl>"
`;

export async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        email: { type: 'string' },
        naam: { type: 'string' },
        organisatie: { type: 'string' },
        json: { type: 'boolean' },
        workspace: { type: 'string' },
        gemeente: { type: 'string' },
        regios: { type: 'string' },
        soorten: { type: 'string' },
        overschrijven: { type: 'boolean' },
      },
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
  if (command === 'create-admin') {
    try {
      const { email, naam, organisatie } = parsed.values;
      await createAdmin({ email, naam, organisatie });
      console.log(
        'De beheerder is aangemaakt. Start Kernplan met NODE_ENV=production en meld u aan; ' +
          'bij de eerste aanmelding stelt u tweestapsverificatie (TOTP) in.',
      );
      return 0;
    } catch (err) {
      if (isUserError(err)) {
        console.error(`Kernplan: ${err.message}`);
        return 1;
      }
      throw err;
    }
  }
  if (command === 'check') {
    const zoek = parsed.positionals[1];
    if (!zoek) {
      console.error('Kernplan: geef de werkruimte, bijvoorbeeld: kernplan check "Integraal Veiligheidsplan Dijkstede 2027-2030"');
      return 2;
    }
    try {
      const r = await check(zoek, { json: parsed.values.json ?? false });
      (r.code === 2 ? console.error : console.log)(r.code === 2 ? `Kernplan: ${r.uitvoer}` : r.uitvoer);
      return r.code;
    } catch (err) {
      if (err instanceof StartupError) {
        console.error(`Kernplan: ${err.message}`);
        return 1;
      }
      throw err;
    }
  }
  if (command === 'import-police') {
    const bestand = parsed.positionals[1];
    if (!bestand) {
      console.error('Kernplan: geef het bestand, bijvoorbeeld: kernplan import-police 47018NED.csv --workspace "IVP Dijkstede"');
      return 2;
    }
    const tty = process.stderr.isTTY === true;
    try {
      const { workspace, gemeente, regios, soorten, json } = parsed.values;
      const r = await importPolice(bestand, { werkruimte: workspace, gemeente, regios, soorten, json: json ?? false }, (regel) => {
        if (tty) process.stderr.write(`\r${regel.padEnd(process.stderr.columns ? Math.min(process.stderr.columns - 1, 100) : 100)}`);
      });
      if (tty) process.stderr.write('\n');
      (r.code === 0 ? console.log : console.error)(r.code === 2 ? `Kernplan: ${r.uitvoer}` : r.uitvoer);
      return r.code;
    } catch (err) {
      if (err instanceof StartupError) {
        console.error(`Kernplan: ${err.message}`);
        return 1;
      }
      throw err;
    }
  }
  if (command === 'backup' || command === 'restore') {
    const bestand = parsed.positionals[1];
    if (!bestand) {
      console.error(`Kernplan: geef het bestand, bijvoorbeeld: kernplan ${command} kernplan-2026-01-31.backup`);
      return 2;
    }
    const r = command === 'backup' ? await backUp(bestand) : await restore(bestand, { overschrijven: parsed.values.overschrijven ?? false });
    (r.code === 0 ? console.log : console.error)(r.code === 0 ? r.uitvoer : `Kernplan: ${r.uitvoer}`);
    return r.code;
  }
  if (command === 'serve') {
    try {
      const server = await startServer(readConfig());
      const where = server.db.kind === 'pglite' ? `ingebouwde database in ${readConfig().dataDir}` : 'PostgreSQL-server (DATABASE_URL)';
      // One write, so whoever waits for "draait op" also has the rest.
      const demo =
        server.modus === 'demo'
          ? `\nDemomodus: een verzonnen gemeente (Dijkstede) met verzonnen gegevens; zet hier geen echte gegevens in.\n` +
            `Meld u aan op ${server.url}/aanmelden met een van deze accounts, wachtwoord ${DEMO_PASSWORD}:\n` +
            demoAccounts.map((a) => `  ${a.email.padEnd(30)} ${rolNamen[a.rol]}: ${a.naam}`).join('\n') +
            `\nVoor echt gebruik: zie "Productiemodus" in README.md (NODE_ENV=production en kernplan create-admin).`
          : '';
      console.log(`Kernplan draait op ${server.url} (${where}). Stoppen: Ctrl+C.${demo}`);
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
