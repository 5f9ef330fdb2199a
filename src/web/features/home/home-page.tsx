/**
 * The start page. Signed in: new notifications, your tasks (themes of your organisation, measures and
 * indicators you own) and your workspaces with the step they are in, each with a link to the work.
 * Not signed in: what Kernplan is, with the way to the knowledge base.
 */
import { Link } from 'react-router';
import { maatregelStatus, maatregelStatusNamen, type StapNummer, type StapStatus, stapStatusNamen } from '../../../domain/cyclus/inhoud.ts';
import { volgendeStap } from '../../../domain/cyclus/wegwijzer.ts';
import { rolNamen } from '../../../domain/toegang/rollen.ts';
import type { WerkruimteTaken } from '../../../server/werkruimte/taken.ts';
import type { Gebruiker, Melding } from '../../shared/api.ts';
import { plekPad } from '../../shared/cyclus-deel.tsx';
import { aantal, datum, datumTijd } from '../../shared/opmaak.ts';
import { Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf, useSessie } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import '../../styles/werkruimte.css';

export function HomePage() {
  usePaginatitel('Welkom');
  const { toestand } = useSessie();
  if (toestand.status === 'laden') return <h1 className="utrecht-heading-1">Kernplan</h1>;
  if (toestand.status === 'aangemeld') return <MijnStart gebruiker={toestand.sessie.gebruiker} />;
  return <Algemeen />;
}

function Algemeen() {
  return (
    <>
      <h1 className="utrecht-heading-1">Kernplan</h1>
      <p className="utrecht-paragraph kp-lead">
        Kernplan is de werkplek waarin een gemeente samen met politie, OM en andere partners haar integraal
        veiligheidsplan opstelt, uitvoert en verantwoordt volgens de methode Kernbeleid Veiligheid. De
        kennisbank geeft per veiligheidsthema wat de methode aanreikt: uitleg, rol van de gemeente, partners,
        wetgeving, maatregelen en effectindicatoren.
      </p>
      <div className="kp-actions">
        <Link className="kp-button-link" to="/kennisbank">
          Naar de Kennisbank
        </Link>
        <Link className="kp-button-link kp-button-link--secondary" to="/methoden">
          Methodencatalogus
        </Link>
      </div>
      <h2 className="utrecht-heading-2">Wat u hier vindt</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          De vijf veiligheidsvelden en 22 thema&apos;s van Kernbeleid Veiligheid, met de zes aanpak-aspecten
          van de veilige woon- en leefomgeving en de drie strategische thema&apos;s.
        </li>
        <li className="utrecht-unordered-list__item">
          26 beproefde veiligheidsmethoden, te filteren op veld, object, samenwerking, rol van de gemeente,
          betrokken partijen en probleem.
        </li>
        <li className="utrecht-unordered-list__item">Zoeken door alles heen, zonder op hoofdletters of accenten te letten.</li>
      </ul>
    </>
  );
}


const MAX_MELDINGEN = 5;
const werkruimtePad = (id: string) => `/werkruimtes/${encodeURIComponent(id)}`;

function MijnStart({ gebruiker }: { gebruiker: Gebruiker }) {
  const taken = useBron<{ werkruimtes: WerkruimteTaken[] }>('/taken');
  const meldingen = useBron<{ meldingen: Melding[]; ongelezen: number }>('/meldingen');
  return (
    <>
      <h1 className="utrecht-heading-1">Welkom, {gebruiker.naam}</h1>
      <p className="utrecht-paragraph kp-lead">Hier ziet u wat er voor u klaarstaat: nieuwe meldingen, uw taken en uw werkruimtes.</p>
      <section className="kp-wr-sectie" aria-labelledby="meldingen-kop">
        <h2 className="utrecht-heading-2" id="meldingen-kop">
          Nieuwe meldingen
        </h2>
        <Laden toestand={meldingen.toestand}>{(d) => <NieuweMeldingen meldingen={d.meldingen} onGelezen={() => void meldingen.vernieuw()} />}</Laden>
      </section>
      <section className="kp-wr-sectie" aria-labelledby="taken-kop">
        <h2 className="utrecht-heading-2" id="taken-kop">
          Mijn taken
        </h2>
        <Laden toestand={taken.toestand}>{(d) => <Takenlijst werkruimtes={d.werkruimtes} organisatie={gebruiker.organisatie.naam} />}</Laden>
      </section>
      <section className="kp-wr-sectie" aria-labelledby="werkruimtes-kop">
        <h2 className="utrecht-heading-2" id="werkruimtes-kop">
          Mijn werkruimtes
        </h2>
        <Laden toestand={taken.toestand}>{(d) => <Werkruimtelijst werkruimtes={d.werkruimtes} />}</Laden>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/werkruimtes">
            {gebruiker.magWerkruimteAanmaken ? 'Alle werkruimtes, of een nieuwe aanmaken' : 'Alle werkruimtes'}
          </Link>
        </p>
      </section>
      <section className="kp-wr-sectie" aria-labelledby="kennis-kop">
        <h2 className="utrecht-heading-2" id="kennis-kop">
          Kennis en methoden
        </h2>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/kennisbank">
            Naar de Kennisbank
          </Link>{' '}
          (velden, thema’s en wat de methode per thema aanreikt) of de{' '}
          <Link className="utrecht-link" to="/methoden">
            Methodencatalogus
          </Link>{' '}
          (26 beproefde veiligheidsmethoden).
        </p>
      </section>
    </>
  );
}

/** The unread notifications, newest first; following one marks it read. */
function NieuweMeldingen({ meldingen, onGelezen }: { meldingen: Melding[]; onGelezen: () => void }) {
  const schrijf = useSchrijf();
  const nieuw = meldingen.filter((m) => !m.gelezen);
  const markeer = async (id: string) => {
    await schrijf('POST', `/meldingen/${encodeURIComponent(id)}/gelezen`);
    // The header counts the unread notifications; the notifications area listens for this event.
    window.dispatchEvent(new Event('kernplan:meldingen-gewijzigd'));
    onGelezen();
  };
  return (
    <>
      {nieuw.length === 0 ? (
        <p className="utrecht-paragraph">U hebt geen nieuwe meldingen.</p>
      ) : (
        <ul className="kp-wr-lijst">
          {nieuw.slice(0, MAX_MELDINGEN).map((m) => (
            <li key={m.id}>
              <span className={`kp-wr-soort kp-wr-soort--${m.soort}`}>{m.soort === 'herinnering' ? 'Herinnering' : 'Signaal'}</span>{' '}
              <Link className="utrecht-link" to={plekPad(werkruimtePad(m.werkruimteId), m.pad)} onClick={() => void markeer(m.id)}>
                {m.tekst}
              </Link>
              <span className="kp-wr-onder">
                {m.werkruimte}, {datumTijd(m.aangemaaktOp)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/meldingen">
          {nieuw.length > MAX_MELDINGEN ? `Alle meldingen (${nieuw.length} nieuw)` : 'Alle meldingen'}
        </Link>
      </p>
    </>
  );
}

function Takenlijst({ werkruimtes, organisatie }: { werkruimtes: WerkruimteTaken[]; organisatie: string }) {
  const metTaken = werkruimtes.filter((w) => w.secties.length + w.maatregelen.length + w.indicatoren.length > 0);
  if (metTaken.length === 0) {
    return <p className="utrecht-paragraph">Er staan nu geen taken voor u klaar. Taken zijn thema’s die aan uw organisatie zijn toegewezen, en maatregelen en indicatoren waarvan u eigenaar bent.</p>;
  }
  const totaal = metTaken.reduce((n, w) => n + w.secties.length + w.maatregelen.length + w.indicatoren.length, 0);
  return (
    <>
      <p className="utrecht-paragraph">
        {aantal(totaal, 'taak', 'taken')} in {aantal(metTaken.length, 'werkruimte', 'werkruimtes')}.
      </p>
      {metTaken.map((w) => {
        const basis = werkruimtePad(w.id);
        return (
          <section key={w.id} className="kp-wr-taken" aria-labelledby={`taken-${w.id}`}>
            <h3 className="utrecht-heading-3" id={`taken-${w.id}`}>
              {w.naam}
            </h3>
            <ul className="kp-wr-lijst">
              {w.secties.map((s) => (
                <li key={s.sleutel}>
                  <Link className="utrecht-link" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                    {s.titel}
                  </Link>
                  <span className="kp-wr-onder">
                    Thema van {organisatie}: {s.ingevuld ? 'er staat al iets, vul aan waar nodig' : 'nog leeg, vul de analyse in'}
                    {s.openOpmerkingen > 0 ? `; ${aantal(s.openOpmerkingen, 'open opmerking', 'open opmerkingen')}` : ''}
                  </span>
                </li>
              ))}
              {w.maatregelen.map((m) => (
                <li key={`m-${m.jaar}-${m.id}`}>
                  <Link className="utrecht-link" to={`${basis}/mijn-voortgang#maatregel-${encodeURIComponent(m.id)}`}>
                    {m.naam}
                  </Link>
                  <span className="kp-wr-onder">
                    Maatregel {m.jaar}: {maatregelStatusNamen[maatregelStatus(m.status)].toLowerCase()}
                    {m.teLaat ? ', te laat' : ''}; {m.bijgewerktOp ? `voortgang bijgewerkt op ${datum(m.bijgewerktOp)}` : 'voortgang nog niet bijgewerkt'}
                  </span>
                </li>
              ))}
              {w.indicatoren.map((i) => (
                <li key={`i-${i.id}`}>
                  <Link className="utrecht-link" to={`${basis}/mijn-voortgang#indicator-${encodeURIComponent(i.id)}`}>
                    {i.naam}
                  </Link>
                  <span className="kp-wr-onder">Indicator: {i.laatsteMetingOp ? `laatste meting ingevoerd op ${datum(i.laatsteMetingOp)}` : 'nog geen meting'}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** Where a workspace stands: the step that is next, or the project plan, or the adopted documents. */
function stand(w: WerkruimteTaken): string {
  if (w.soort === 'project') return 'Project';
  if (!w.stappen) return 'U leest de vastgestelde documenten en het dashboard';
  const v = volgendeStap(
    w.stappen.map((s) => ({ stap: s.stap as StapNummer, status: s.status as StapStatus })),
    w.stappen,
  );
  if (v.soort === 'klaar') return 'Alle zes stappen zijn afgerond';
  return `Nu: stap ${v.stap.nummer}, ${v.stap.naam} (${stapStatusNamen[v.status].toLowerCase()}${v.teLaat ? ', over de planning' : ''})`;
}

function Werkruimtelijst({ werkruimtes }: { werkruimtes: WerkruimteTaken[] }) {
  if (werkruimtes.length === 0) return <p className="utrecht-paragraph">U bent nog geen lid van een werkruimte. Vraag de coördinator van uw gemeente om een uitnodiging.</p>;
  return (
    <ul className="kp-wr-lijst">
      {werkruimtes.map((w) => (
        <li key={w.id}>
          <Link className="utrecht-link" to={werkruimtePad(w.id)}>
            {w.naam}
          </Link>
          <span className="kp-wr-onder">
            {stand(w)}. Uw rol: {rolNamen[w.rol].replace(/ \(.*\)$/, '').toLowerCase()}.
          </span>
        </li>
      ))}
    </ul>
  );
}
