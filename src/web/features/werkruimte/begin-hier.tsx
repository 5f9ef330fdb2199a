/**
 * The parts of the "Begin hier" page of a workspace: what comes next (from the state of the six
 * steps), what is yours to do, who takes part, and the analysis grouped per field.
 */
import { Link } from 'react-router';
import type { Proces } from '../../../domain/cyclus/inhoud.ts';
import type { TijdlijnRegel } from '../../../domain/cyclus/methode.ts';
import { perVeld, sectieDeelNamen, sectieDelen, sectieStand, type SectieStand, stapWerk, volgendeStap } from '../../../domain/cyclus/wegwijzer.ts';
import { type Lidmaatschap, mag, rolNamen } from '../../../domain/toegang/rollen.ts';
import type { WerkruimteTaken } from '../../../server/werkruimte/taken.ts';
import type { Aanwezige, Lid, Sectie, Werkruimte } from '../../shared/api.ts';
import { plekPad } from '../../shared/cyclus-deel.tsx';
import { Tabelkader } from '../../shared/formulier.tsx';
import { aantal, datum } from '../../shared/opmaak.ts';
import { aanwezigheidRegels } from '../../shared/teksten.ts';
import { useBron } from '../../shared/use-api.ts';
import { useLiveBericht } from '../../shared/werkruimte-layout.tsx';

export interface CyclusOverzicht {
  proces: { inhoud: Proces; tijdlijn: TijdlijnRegel[] };
}

const standNamen: Record<SectieStand, string> = { klaar: 'Ingevuld', deels: 'Deels ingevuld', leeg: 'Nog leeg' };

/** A link to where a step's work is done; the analysis is on this page itself. */
function StapLink({ basis, plek, children, secundair }: { basis: string; plek: string; children: string; secundair?: boolean }) {
  const klasse = `kp-button-link${secundair ? ' kp-button-link--secondary' : ''}`;
  if (plek === 'analyse') {
    return (
      <a className={klasse} href="#analyse">
        {children}
      </a>
    );
  }
  return (
    <Link className={klasse} to={plekPad(basis, plek)}>
      {children}
    </Link>
  );
}

/** "What now": the next step of the method for an IVP, the project plan for a project, the adopted work for the council. */
export function VolgendeStapBlok({ werkruimte, lid, basis, overzicht }: { werkruimte: Werkruimte; lid: Lidmaatschap; basis: string; overzicht: CyclusOverzicht | null }) {
  if (werkruimte.soort === 'project' && mag(lid, 'cyclus.lezen')) {
    return (
      <div className="kp-wr-begin">
        <h3 className="utrecht-heading-3">Werk het projectplan uit</h3>
        <p className="utrecht-paragraph">
          Een project volgt de zes vragen van de methode: wat is het probleem, wat doen we al, wat willen we bereiken, wat gaan we doen en wat hebben we
          bereikt.
        </p>
        <div className="kp-wr-acties">
          <Link className="kp-button-link" to={`${basis}/project`}>
            Projectplan: de zes vragen
          </Link>
        </div>
      </div>
    );
  }
  if (!mag(lid, 'cyclus.lezen')) {
    return (
      <div className="kp-wr-begin">
        <h3 className="utrecht-heading-3">Wat u hier kunt doen</h3>
        <p className="utrecht-paragraph">
          Met uw rol ({rolNamen[lid.rol]}) leest u de documenten die zijn vastgesteld. In het raadsoverzicht ziet u per prioriteit het doel en hoe het ervoor staat, en
          stelt u technische vragen. Op het dashboard ziet u alle cijfers.
        </p>
        <div className="kp-wr-acties">
          {mag(lid, 'raadsoverzicht.lezen') ? (
            <Link className="kp-button-link" to={`${basis}/raad`}>
              Naar het raadsoverzicht
            </Link>
          ) : null}
          <Link className={`kp-button-link${mag(lid, 'raadsoverzicht.lezen') ? ' kp-button-link--secondary' : ''}`} to={`${basis}/documenten`}>
            Naar de documenten
          </Link>
          <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/dashboard`}>
            Naar het dashboard
          </Link>
        </div>
        {mag(lid, 'raadsoverzicht.lezen') ? <VoorDeRaad basis={basis} /> : null}
      </div>
    );
  }
  if (!overzicht) {
    return (
      <p className="utrecht-paragraph kp-muted" role="status">
        Bezig met laden…
      </p>
    );
  }
  const { inhoud, tijdlijn } = overzicht.proces;
  const v = volgendeStap(inhoud.stappen, tijdlijn);
  const werk = stapWerk[v.stap.nummer];
  const aanZet = mag(lid, 'cyclus.bewerken');
  const nieuw = inhoud.stappen.every((s) => s.status === 'niet-gestart');
  const kop =
    v.soort === 'klaar'
      ? 'Alle zes stappen zijn afgerond'
      : aanZet
        ? `${v.soort === 'begin' ? 'Begin met' : 'Ga verder met'} stap ${v.stap.nummer}: ${v.stap.naam}`
        : `Nu aan de beurt: stap ${v.stap.nummer}, ${v.stap.naam}`;
  return (
    <div className="kp-wr-begin">
      <h3 className="utrecht-heading-3">{kop}</h3>
      <p className="utrecht-paragraph">
        {v.soort === 'klaar' ? 'Het plan is in uitvoering. ' : ''}
        {werk.wat}
      </p>
      {v.deelstap ? (
        <p className="utrecht-paragraph">
          <strong>Eerstvolgende deelstap:</strong> {v.deelstap.id} {v.deelstap.naam}.
        </p>
      ) : null}
      {v.soort !== 'klaar' && v.geplandEinde ? (
        <p className={`utrecht-paragraph${v.teLaat ? ' kp-wr-laat' : ''}`}>
          {v.teLaat ? (
            <>
              <strong>Deze stap loopt over de planning.</strong> Hij stond gepland tot {datum(v.geplandEinde)}.
            </>
          ) : (
            <>Gepland klaar: {datum(v.geplandEinde)}.</>
          )}
        </p>
      ) : null}
      {v.ookBezig.length > 0 ? (
        <p className="utrecht-paragraph">Ook bezig: {v.ookBezig.map((n) => `stap ${n}`).join(', ')}.</p>
      ) : null}
      {nieuw && mag(lid, 'proces.beheren') ? (
        <p className="utrecht-paragraph kp-klein">
          Zet een stap in het overzicht op ‘Bezig’ zodra u eraan begint. Deze pagina wijst dan de weg naar wat daarna komt.
        </p>
      ) : null}
      {mag(lid, 'raadsvraag.beantwoorden') ? <OpenRaadsvragen basis={basis} /> : null}
      <div className="kp-wr-acties">
        <StapLink basis={basis} plek={werk.plek}>
          {werk.link}
        </StapLink>
        <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/cyclus`}>
          {mag(lid, 'proces.beheren') ? 'Stappen en planning bijwerken' : 'Alle stappen en de planning'}
        </Link>
      </div>
    </div>
  );
}

interface Raadsvragen {
  vragen: { id: string; vanMij: boolean; antwoord: string | null }[];
  open: number;
}

interface Prioriteringsrondes {
  rondes: { id: string; naam: string; status: string; ikDoeMee: boolean; ikHebIngevuld: boolean }[];
}

/**
 * For the council (issue 15): the questions of council members (how many wait for an answer, how many
 * of mine were answered) and the open prioritisation rounds he takes part in. A source that does not
 * answer (the rounds, before that endpoint exists: 404) shows nothing.
 */
function VoorDeRaad({ basis }: { basis: string }) {
  const vragen = useBron<Raadsvragen>(`${basis}/raadsvragen`);
  const rondes = useBron<Prioriteringsrondes>(`${basis}/prioriteringsrondes`);
  const { vernieuw: vernieuwVragen } = vragen;
  const { vernieuw: vernieuwRondes } = rondes;
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') {
      void vernieuwVragen();
      void vernieuwRondes();
    }
  });
  const v = vragen.toestand.status === 'klaar' ? vragen.toestand.data : null;
  const open = rondes.toestand.status === 'klaar' ? (rondes.toestand.data.rondes ?? []).filter((r) => r.status === 'open' && r.ikDoeMee) : [];
  const mijn = v ? v.vragen.filter((x) => x.vanMij) : [];
  const beantwoord = mijn.filter((x) => x.antwoord !== null).length;
  return (
    <>
      {v ? (
        <p className="utrecht-paragraph">
          {v.vragen.length === 0
            ? 'Er zijn nog geen technische vragen van de raad. '
            : `${aantal(v.vragen.length, 'vraag', 'vragen')} van de raad, ${v.open === 0 ? 'alle beantwoord' : `${v.open} nog zonder antwoord`}. `}
          {mijn.length === 1 ? (beantwoord === 1 ? 'Uw vraag is beantwoord. ' : 'Uw vraag wacht nog op antwoord. ') : ''}
          {mijn.length > 1 ? `Van uw ${mijn.length} vragen ${beantwoord === 1 ? 'is er 1' : `zijn er ${beantwoord}`} beantwoord. ` : ''}
          <Link className="utrecht-link" to={`${basis}/raad`}>
            {v.vragen.length === 0 ? 'Een vraag stellen' : 'Vragen en antwoorden lezen'}
          </Link>
        </p>
      ) : null}
      {open.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Prioriteringsrondes waaraan u meedoet</h3>
          <ul className="utrecht-unordered-list">
            {open.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" to={`${basis}/prioriteringsrondes/${encodeURIComponent(r.id)}`}>
                  {r.naam}
                </Link>{' '}
                ({r.ikHebIngevuld ? 'u heeft uw keuze ingevuld' : 'nog in te vullen'})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** For the coordinator: questions of the council that wait for an answer (nothing when there are none). */
function OpenRaadsvragen({ basis }: { basis: string }) {
  const vragen = useBron<Raadsvragen>(`${basis}/raadsvragen`);
  const { vernieuw } = vragen;
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') void vernieuw();
  });
  const open = vragen.toestand.status === 'klaar' ? vragen.toestand.data.open : 0;
  if (open === 0) return null;
  return (
    <p className="utrecht-paragraph">
      <strong>{open === 1 ? '1 vraag van de raad wacht' : `${open} vragen van de raad wachten`} op uw antwoord.</strong>{' '}
      <Link className="utrecht-link" to={`${basis}/raad`}>
        Naar het raadsoverzicht
      </Link>
    </p>
  );
}

/** What is the user's own work here: themes of his organisation, and measures and indicators he owns. */
export function VoorU({ taken, basis, organisatie }: { taken: WerkruimteTaken | undefined; basis: string; organisatie: string }) {
  if (!taken) return null;
  const bij = taken.maatregelen.length + taken.indicatoren.length;
  if (taken.secties.length === 0 && bij === 0) return null;
  const teLaat = taken.maatregelen.filter((m) => m.teLaat).length;
  return (
    <div className="kp-wr-voor-u">
      <h3 className="utrecht-heading-3">Voor u</h3>
      {taken.secties.length > 0 ? (
        <>
          <p className="utrecht-paragraph">Deze thema’s zijn aan {organisatie} toegewezen. U schrijft hun analyse:</p>
          <ul className="utrecht-unordered-list">
            {taken.secties.map((s) => (
              <li key={s.sleutel} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                  {s.titel}
                </Link>{' '}
                ({s.ingevuld ? 'er staat al iets' : 'nog leeg'}
                {s.openOpmerkingen > 0 ? `, ${aantal(s.openOpmerkingen, 'open opmerking', 'open opmerkingen')}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bij > 0 ? (
        <p className="utrecht-paragraph">
          U bent eigenaar van {[taken.maatregelen.length > 0 ? aantal(taken.maatregelen.length, 'lopende maatregel', 'lopende maatregelen') : '', taken.indicatoren.length > 0 ? aantal(taken.indicatoren.length, 'indicator', 'indicatoren') : ''].filter(Boolean).join(' en ')}
          {teLaat > 0 ? ` (${teLaat} te laat)` : ''}.{' '}
          <Link className="utrecht-link" to={`${basis}/mijn-voortgang`}>
            Werk de voortgang bij
          </Link>
        </p>
      ) : null}
    </div>
  );
}

interface Organisatiegroep {
  id: string;
  naam: string;
  leden: Lid[];
  themas: Sectie[];
}

/** Who takes part, per organisation: the members with their role and the themes assigned to it. */
export function WieDoetMee({ leden, secties, basis, magBeheren }: { leden: Lid[] | null; secties: Sectie[] | null; basis: string; magBeheren: boolean }) {
  const groepen = new Map<string, Organisatiegroep>();
  const groep = (id: string, naam: string) => {
    const g = groepen.get(id) ?? { id, naam, leden: [], themas: [] };
    groepen.set(id, g);
    return g;
  };
  for (const l of leden ?? []) groep(l.organisatie.id, l.organisatie.naam).leden.push(l);
  for (const s of secties ?? []) if (s.toegewezenOrganisatie) groep(s.toegewezenOrganisatie.id, s.toegewezenOrganisatie.naam).themas.push(s);
  const lijst = [...groepen.values()].sort((a, b) => b.leden.length - a.leden.length || a.naam.localeCompare(b.naam, 'nl'));
  const alleenIk = leden !== null && leden.length <= 1;
  return (
    <>
      {lijst.length > 0 ? (
        <ul className="kp-wr-organisaties">
          {lijst.map((g) => (
            <li key={g.id}>
              <strong>{g.naam}</strong>
              {g.leden.length > 0 ? (
                <span className="kp-wr-org-regel">
                  <span className="kp-visually-hidden">Leden: </span>
                  {g.leden.map((l) => `${l.naam} (${rolNamen[l.rol].replace(/ \(.*\)$/, '').toLowerCase()})`).join(', ')}
                </span>
              ) : null}
              {g.themas.length > 0 ? (
                <span className="kp-wr-org-regel">
                  Toegewezen:{' '}
                  {g.themas.map((s, i) => (
                    <span key={s.sleutel}>
                      {i > 0 ? ', ' : ''}
                      <Link className="utrecht-link" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                        {s.titel.split(' ')[0]}
                        <span className="kp-visually-hidden"> {s.titel.split(' ').slice(1).join(' ')}</span>
                      </Link>
                    </span>
                  ))}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {alleenIk && magBeheren ? (
        <p className="utrecht-paragraph">U bent nog de enige in deze werkruimte. Nodig de werkgroep en de partners uit, en wijs thema’s toe aan hun organisatie.</p>
      ) : null}
    </>
  );
}

/** The analysis per field: a line of progress per field and one compact row per section. */
export function AnalyseOverzicht({ secties, basis, aanwezigen, organisatieId }: { secties: Sectie[]; basis: string; aanwezigen: Aanwezige[]; organisatieId: string }) {
  const groepen = perVeld(secties);
  const metTekst = groepen.reduce((n, g) => n + g.metTekst, 0);
  const klaar = groepen.reduce((n, g) => n + g.klaar, 0);
  return (
    <>
      <p className="utrecht-paragraph">
        {metTekst} van de {secties.length} onderdelen hebben tekst; {klaar} {klaar === 1 ? 'is' : 'zijn'} helemaal ingevuld.
      </p>
      <div className="kp-wr-velden">
        {groepen.map((g) => {
          const kopId = `veld-kop-${g.veld ?? (g.naam === 'Lokaal beeld per gemeente' ? 'lokaal' : 'overig')}`;
          return (
            <section key={kopId} className="kp-wr-veld" aria-labelledby={kopId}>
              <h3 className="utrecht-heading-3" id={kopId}>
                {g.veld ? `Veld ${g.veld}: ${g.naam}` : g.naam}
              </h3>
              <p className="utrecht-paragraph kp-wr-voortgang">
                {g.metTekst} van {g.secties.length} met tekst, {g.klaar} helemaal ingevuld
              </p>
              <div className="kp-wr-balk" aria-hidden="true">
                <span className="kp-wr-balk__tekst" style={{ width: `${Math.round((g.metTekst / g.secties.length) * 100)}%` }} />
                <span className="kp-wr-balk__klaar" style={{ width: `${Math.round((g.klaar / g.secties.length) * 100)}%` }} />
              </div>
              <ul className="kp-secties kp-wr-rijen">
                {g.secties.map((s) => {
                  const stand = sectieStand(s);
                  const hier = aanwezigheidRegels(aanwezigen.filter((a) => a.sectie === s.sleutel));
                  return (
                    <li key={s.sleutel} className="kp-wr-rij">
                      <Link className="utrecht-link kp-wr-rij__titel" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                        {s.titel}
                      </Link>
                      <span className="kp-wr-kenmerken">
                        <span className={`kp-wr-stand kp-wr-stand--${stand}`}>{standNamen[stand]}</span>
                        {s.vertrouwelijk ? <span className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</span> : null}
                        {s.toegewezenOrganisatie ? (
                          <span className="kp-tag">{s.toegewezenOrganisatie.id === organisatieId ? 'Uw organisatie' : s.toegewezenOrganisatie.naam}</span>
                        ) : null}
                        {s.openOpmerkingen > 0 ? <span className="kp-tag kp-tag--aandacht">{aantal(s.openOpmerkingen, 'open opmerking', 'open opmerkingen')}</span> : null}
                      </span>
                      {hier.length > 0 ? (
                        <ul className="kp-aanwezig kp-wr-aanwezig" aria-label={`Nu bij ${s.titel}`}>
                          {hier.map((regel) => (
                            <li key={regel}>{regel}</li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

/** Per section which parts of the analysis form are filled; what the method does not ask is shown as such. */
export function Volledigheid({ secties, basis }: { secties: Sectie[]; basis: string }) {
  const leeg = secties.filter((s) => sectieDelen(s).some((v) => v === false)).length;
  return (
    <details className="kp-details">
      <summary>Volledigheid per onderdeel: {leeg === 0 ? 'alles is ingevuld' : `${leeg} van de ${secties.length} onderdelen zijn nog niet helemaal ingevuld`}</summary>
      <Tabelkader label="Volledigheid van de analyse">
        <table className="utrecht-table kp-table kp-volledigheid">
          <caption className="kp-visually-hidden">Wat per onderdeel van de analyse is ingevuld</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Onderdeel
              </th>
              {sectieDeelNamen.map((k) => (
                <th key={k} scope="col" className="utrecht-table__header-cell">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {secties.map((s) => (
              <tr key={s.sleutel} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                    {s.titel}
                  </Link>
                </th>
                {sectieDelen(s).map((v, i) => (
                  <td key={i} className={`utrecht-table__cell${v === false ? ' kp-leeg' : ''}`}>
                    {v === null ? <span className="kp-muted">n.v.t.</span> : v ? 'Ingevuld' : 'Leeg'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelkader>
    </details>
  );
}
