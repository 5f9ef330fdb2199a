/** Loads a member's rights in a workspace; the domain rules decide what they may do. */
import type { Lidmaatschap, Rol } from '../../domain/toegang/rollen.ts';
import type { Queryable } from '../db/db.ts';

export interface Member extends Lidmaatschap {
  gebruikerId: string;
  werkruimteId: string;
}

export async function findMember(db: Queryable, werkruimteId: string, gebruikerId: string): Promise<Member | null> {
  if (!/^[0-9a-f-]{36}$/i.test(werkruimteId)) return null;
  const { rows } = await db.query<{ rol: Rol; vertrouwelijk_toegang: boolean; organisatie_id: string }>(
    `select l.rol, l.vertrouwelijk_toegang, g.organisatie_id
       from leden l join gebruikers g on g.id = l.gebruiker_id
      where l.werkruimte_id = $1 and l.gebruiker_id = $2`,
    [werkruimteId, gebruikerId],
  );
  const r = rows[0];
  if (!r) return null;
  return { gebruikerId, werkruimteId, rol: r.rol, organisatieId: r.organisatie_id, vertrouwelijkToegang: r.vertrouwelijk_toegang };
}

export interface SectionRow {
  werkruimte_id: string;
  sleutel: string;
  titel: string;
  volgorde: number;
  tekst: string;
  analyse: Record<string, unknown>;
  vertrouwelijk: boolean;
  toegewezen_organisatie_id: string | null;
  toegewezen_organisatie_naam: string | null;
  versie: number;
  bijgewerkt_op: Date;
  bijgewerkt_door_naam: string | null;
  open_opmerkingen: number;
}

export const sectionSelect = `
  select s.werkruimte_id, s.sleutel, s.titel, s.volgorde, s.tekst, s.analyse_inhoud as analyse, s.vertrouwelijk, s.toegewezen_organisatie_id,
         o.naam as toegewezen_organisatie_naam, s.versie, s.bijgewerkt_op, g.naam as bijgewerkt_door_naam,
         (select count(*)::int from opmerkingen m
           where m.werkruimte_id = s.werkruimte_id and m.sectie_sleutel = s.sleutel and m.opgelost_op is null) as open_opmerkingen
    from secties s
    left join organisaties o on o.id = s.toegewezen_organisatie_id
    left join gebruikers g on g.id = s.bijgewerkt_door`;

export function toAccess(s: Pick<SectionRow, 'vertrouwelijk' | 'toegewezen_organisatie_id'>) {
  return { vertrouwelijk: s.vertrouwelijk, toegewezenOrganisatieId: s.toegewezen_organisatie_id };
}
