/**
 * Before each progress meeting, owners whose update is missing get a reminder; measures that became
 * late and indicators that are behind give the coordinator and the portefeuillehouder an alert. Runs as a sweep (a timer in the
 * server, and the coordinator's button); the unique key per notification makes a repeated sweep a
 * no-op.
 */
import { indicatorOverzicht } from '../../domain/monitoring/dashboard.ts';
import { bijwerkenSinds, bijwerkstand, maatregelenMetPlek, volgendOverleg } from '../../domain/monitoring/voortgang.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import type { Db } from '../db/db.ts';
import type { Mailer } from '../mail/mailer.ts';
import { startRonde } from '../ronde.ts';
import { bijTeHouden, laadIndicatoren, laadMonitoring, laadPlannen, maakMeldingen, mailMeldingen, metToegang, type NieuweMelding, signaalOntvangers, werkruimtesMetOverleg } from './opslag.ts';

/**
 * The alert for an indicator that is behind, the same whether a new measurement put it there (the
 * route) or the sweep finds it (an import, a changed target, a new installation): the key makes it one
 * alert per indicator and period.
 */
export function signaalAchter(
  werkruimteId: string,
  i: { id: string; naam: string; vertrouwelijk: boolean },
  laatste: { periode: string; uitleg: string },
  gebruikerIds: string[],
): NieuweMelding {
  return {
    gebruikerIds,
    vertrouwelijk: i.vertrouwelijk,
    werkruimteId,
    soort: 'signaal',
    tekst: `Indicator '${i.naam}' loopt achter (${laatste.periode}): ${laatste.uitleg}`,
    pad: `dashboard#indicator-${i.id}`,
    sleutel: `achter:${i.id}:${laatste.periode}`,
  };
}

/** Reminders go out this many days before a meeting. */
export const DAGEN_VOORAF = 7;

const datumTekst = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

function plusDagen(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
}


export interface Sweepresultaat {
  herinneringen: number;
  signalen: number;
  gemaild: number;
  /** Per workspace the meeting the reminders were for. */
  overleggen: { werkruimteId: string; datum: string }[];
}

/**
 * One sweep. Without `werkruimteId`: every workspace whose next meeting is at most DAGEN_VOORAF days
 * away. With it (the coordinator's button): that workspace now, whatever the distance.
 */
export async function stuurHerinneringen(db: Db, mailer: Mailer | null, vandaag: string, werkruimteId?: string): Promise<Sweepresultaat> {
  const uit: Sweepresultaat = { herinneringen: 0, signalen: 0, gemaild: 0, overleggen: [] };
  const ids = werkruimteId ? [werkruimteId] : await werkruimtesMetOverleg(db);
  for (const id of ids) {
    const w = await laadWerkruimte(db, id);
    if (!w) continue;
    const nieuweIds: string[] = [];
    await db.transaction(async (tx) => {
      const m = (await laadMonitoring(tx, w)).inhoud;
      const volgend = volgendOverleg(m, vandaag);
      const binnenkort = volgend !== null && volgend <= plusDagen(vandaag, DAGEN_VOORAF);
      if (volgend && (binnenkort || werkruimteId)) {
        const sinds = bijwerkenSinds(m, volgend, vandaag);
        uit.overleggen.push({ werkruimteId: id, datum: volgend });
        // An owner hears only of what he may see: without clearance (any more) not of confidential items.
        const toegang = await metToegang(tx, id);
        const alles = await bijTeHouden(tx, w, vandaag);
        const zichtbaarVoor = alles.filter((x) => !x.vertrouwelijk || (x.eigenaarId !== null && toegang.has(x.eigenaarId)));
        for (const eigenaar of bijwerkstand(zichtbaarVoor, sinds)) {
          if (!eigenaar.eigenaarId || eigenaar.achterstallig.length === 0) continue;
          const lijst = eigenaar.achterstallig.map((x) => `- ${x.soort === 'maatregel' ? 'Maatregel' : 'Indicator'}: ${x.naam}`).join('\n');
          const nieuw = await maakMeldingen(tx, {
            gebruikerIds: [eigenaar.eigenaarId],
            werkruimteId: id,
            soort: 'herinnering',
            tekst: `Op ${datumTekst(volgend)} is het voortgangsoverleg van "${w.naam}". Sinds ${datumTekst(sinds)} hebt u dit nog niet bijgewerkt:\n${lijst}\nWerk de status of de meting bij vóór het overleg.`,
            pad: 'mijn-voortgang',
            sleutel: `herinnering:${id}:${volgend}`,
          });
          uit.herinneringen += nieuw.length;
          nieuweIds.push(...nieuw.map((n) => n.meldingId));
        }
      }
      // Measures that became late since the last sweep: an alert, once per measure.
      const ontvangers = await signaalOntvangers(tx, id);
      const ontvangersVertrouwelijk = await signaalOntvangers(tx, id, true);
      for (const mt of maatregelenMetPlek(await laadPlannen(tx, w), vandaag).filter((x) => x.teLaat && x.status !== 'vertraagd')) {
        const nieuw = await maakMeldingen(tx, {
          gebruikerIds: mt.vertrouwelijk ? ontvangersVertrouwelijk : ontvangers,
          vertrouwelijk: mt.vertrouwelijk,
          werkruimteId: id,
          soort: 'signaal',
          tekst: `Maatregel '${mt.naam}' (uitvoeringsplan ${mt.jaar}) had in ${mt.eindKwartaal} klaar moeten zijn en is nog niet afgerond.`,
          pad: `uitvoeringsplan/${mt.jaar}#maatregel-${mt.id}`,
          sleutel: `te-laat:${id}:${mt.jaar}:${mt.id}`,
        });
        uit.signalen += nieuw.length;
        nieuweIds.push(...nieuw.map((n) => n.meldingId));
      }
      // Indicators that are behind now: an alert, once per indicator and period (also when no
      // measurement was recorded through Kernplan since, as after an import or in a new installation).
      for (const i of await laadIndicatoren(tx, id)) {
        const o = indicatorOverzicht(i, m.beoordeling);
        const laatste = o.metingen.at(-1);
        if (o.status !== 'achter' || !laatste) continue;
        const nieuw = await maakMeldingen(tx, signaalAchter(id, i, laatste, i.vertrouwelijk ? ontvangersVertrouwelijk : ontvangers));
        uit.signalen += nieuw.length;
        nieuweIds.push(...nieuw.map((n) => n.meldingId));
      }
    });
    uit.gemaild += await mailMeldingen(db, mailer, nieuweIds);
  }
  return uit;
}

/** The server's timer: a sweep now and then every few hours; errors are logged, never fatal. */
export function startHerinneringen(db: Db, mailer: Mailer | null, intervalMs = 6 * 3_600_000): () => void {
  return startRonde(() => stuurHerinneringen(db, mailer, new Date().toISOString().slice(0, 10)), { eersteNaMs: 30_000, intervalMs, fout: 'Herinneringen niet verstuurd' });
}
