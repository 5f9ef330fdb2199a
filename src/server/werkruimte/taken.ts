/**
 * "Mijn taken": per workspace of a user what is his to do. Sections assigned to his organisation
 * that he may edit, measures and indicators he owns (as far as he may see them), and the state of the
 * six steps for who may read the cycle. Each part is read with the store of its own area.
 */
import { tijdlijn } from '../../domain/cyclus/methode.ts';
import { sectieIngevuld, volledigeAnalyse } from '../../domain/cyclus/stand.ts';
import { maatregelenMetPlek } from '../../domain/monitoring/voortgang.ts';
import { type Lidmaatschap, mag, magSectieBewerken, magVoortgangBijwerken } from '../../domain/toegang/rollen.ts';
import { laadSecties } from '../analyse/opslag.ts';
import { laadWerkruimte as laadKop } from '../cyclus/opslag.ts';
import { laadProcesVolgensWerk } from '../cyclus/stand.ts';
import type { Queryable } from '../db/db.ts';
import { laadIndicatoren, laadPlannen } from '../monitoring/opslag.ts';
import { toAccess } from '../toegang/lidmaatschap.ts';
import { laadWerkruimtesVan } from './opslag.ts';

export interface WerkruimteTaken {
  id: string;
  naam: string;
  soort: 'ivp' | 'project';
  rol: Lidmaatschap['rol'];
  /** The six steps with their state and whether they run late; null for who may not read the cycle, and for a project. */
  stappen: { stap: number; status: string; teLaat: boolean }[] | null;
  secties: { sleutel: string; titel: string; ingevuld: boolean; openOpmerkingen: number }[];
  maatregelen: { id: string; naam: string; jaar: number; status: string; teLaat: boolean; bijgewerktOp: string | null }[];
  indicatoren: { id: string; naam: string; laatsteMetingOp: string | null }[];
}

/** The tasks in every workspace of the user, or (with `alleen`) in that one workspace only. */
export async function laadTaken(db: Queryable, gebruiker: { id: string; organisatieId: string }, vandaag: string, alleen?: string): Promise<WerkruimteTaken[]> {
  const uit: WerkruimteTaken[] = [];
  for (const w of await laadWerkruimtesVan(db, gebruiker.id)) {
    if (alleen !== undefined && w.id !== alleen) continue;
    const lid: Lidmaatschap = { rol: w.rol, organisatieId: gebruiker.organisatieId, vertrouwelijkToegang: w.vertrouwelijk_toegang };
    const kop = await laadKop(db, w.id);
    if (!kop) continue;
    let stappen: WerkruimteTaken['stappen'] = null;
    if (w.soort === 'ivp' && mag(lid, 'cyclus.lezen')) {
      // The same step states as the workspace's pages: they follow the work unless the coordinator set them.
      const proces = (await laadProcesVolgensWerk(db, kop)).inhoud;
      const laat = tijdlijn(proces, vandaag);
      stappen = proces.stappen.map((s) => ({ stap: s.stap, status: s.status, teLaat: laat.some((t) => t.stap === s.stap && t.teLaat) }));
    }
    const secties = mag(lid, 'secties.lezen')
      ? (await laadSecties(db, w.id))
          .filter((s) => s.toegewezen_organisatie_id === gebruiker.organisatieId && magSectieBewerken(lid, toAccess(s)))
          .map((s) => ({ sleutel: s.sleutel, titel: s.titel, ingevuld: sectieIngevuld({ tekst: s.tekst, analyse: volledigeAnalyse(s.analyse) }), openOpmerkingen: s.open_opmerkingen }))
      : [];
    // Only an owner who may update his own work gets it as a task (the council and readers never own anything).
    const eigenaar = magVoortgangBijwerken(lid, true);
    const maatregelen = eigenaar
      ? maatregelenMetPlek(await laadPlannen(db, kop, lid), vandaag)
          .filter((m) => m.eigenaarId === gebruiker.id && m.status !== 'afgerond' && m.status !== 'geschrapt')
          .map((m) => ({ id: m.id, naam: m.naam, jaar: m.jaar, status: m.status, teLaat: m.teLaat, bijgewerktOp: m.bijgewerktOp }))
      : [];
    const indicatoren = eigenaar
      ? (await laadIndicatoren(db, w.id, undefined, lid)).filter((i) => i.eigenaarId === gebruiker.id).map((i) => ({ id: i.id, naam: i.naam, laatsteMetingOp: i.laatsteMetingOp }))
      : [];
    uit.push({ id: w.id, naam: w.naam, soort: w.soort, rol: w.rol, stappen, secties, maatregelen, indicatoren });
  }
  return uit;
}
