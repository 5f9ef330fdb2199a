/**
 * The landing page of a workspace, "Begin hier": what comes next in the six steps, what is yours to
 * do, who takes part, and the analysis (step 2) grouped per field with its progress. The joint IVP
 * (participating municipalities) is on the settings page.
 */
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { mag, rolNamen } from '../../../domain/toegang/rollen.ts';
import type { WerkruimteTaken } from '../../../server/werkruimte/taken.ts';
import type { Lid, Sectie } from '../../shared/api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { aanwezigheidRegels, periodeTekst, soortNamen } from '../../shared/teksten.ts';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { AnalyseOverzicht, type CyclusOverzicht, VolgendeStapBlok, Volledigheid, VoorU, WieDoetMee } from './begin-hier.tsx';
import '../../styles/werkruimte.css';

export function WerkruimtePage() {
  const { werkruimte, lid, live, gebruiker } = useWerkruimte();
  usePaginatitel(`Begin hier – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const secties = useBron<{ secties: Sectie[] }>(mag(lid, 'secties.lezen') ? `${basis}/secties` : null);
  const leden = useBron<{ leden: Lid[] }>(mag(lid, 'leden.lezen') ? `${basis}/leden` : null);
  const overzicht = useBron<CyclusOverzicht>(mag(lid, 'cyclus.lezen') && werkruimte.soort === 'ivp' ? `${basis}/cyclus` : null);
  const taken = useBron<{ werkruimtes: WerkruimteTaken[] }>(mag(lid, 'cyclus.lezen') ? `/taken?werkruimteId=${encodeURIComponent(werkruimte.id)}` : null);
  const { zetAanwezigheid } = live;

  useEffect(() => {
    zetAanwezigheid(null, false);
  }, [zetAanwezigheid]);

  useLiveBericht((b) => {
    const opnieuw = b.type === 'opnieuw-verbonden';
    if (opnieuw || b.type === 'sectie' || b.type === 'opmerking' || b.type === 'lid') void secties.vernieuw();
    if (opnieuw || b.type === 'lid') void leden.vernieuw();
    if (opnieuw || b.type === 'werkruimte' || b.type === 'sectie') void overzicht.vernieuw();
    if (opnieuw || b.type === 'werkruimte' || b.type === 'sectie' || b.type === 'opmerking' || b.type === 'lid') void taken.vernieuw();
  });

  const anderen = aanwezigheidRegels(live.aanwezigen).length;
  const namen = [...new Set(live.aanwezigen.map((a) => a.naam))].sort((a, b) => a.localeCompare(b, 'nl'));
  const sectieLijst = secties.toestand.status === 'klaar' ? secties.toestand.data.secties : null;
  const ledenLijst = leden.toestand.status === 'klaar' ? leden.toestand.data.leden : null;
  const mijnTaken = taken.toestand.status === 'klaar' ? taken.toestand.data.werkruimtes.find((w) => w.id === werkruimte.id) : undefined;
  // "2 Analyse" in the step navigation leads to the analysis on this page, also once its sections have loaded.
  const { hash } = useLocation();
  const analyseGeladen = sectieLijst !== null;
  useEffect(() => {
    if (hash !== '#analyse' || !analyseGeladen) return;
    const doel = document.getElementById('analyse');
    doel?.scrollIntoView();
    doel?.focus({ preventScroll: true });
  }, [hash, analyseGeladen]);

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam }]} />
      <h1 className="utrecht-heading-1">{werkruimte.naam}</h1>
      {/* In the steps of an IVP this page is more than step 2, so no step is marked current; elsewhere it is "Werkruimte". */}
      <CyclusNavigatie huidig={werkruimte.soort === 'ivp' && mag(lid, 'cyclus.lezen') ? 'begin-hier' : ''} />
      <section className="kp-wr-sectie" aria-labelledby="begin-kop">
        <h2 className="utrecht-heading-2" id="begin-kop">
          Begin hier
        </h2>
        <VolgendeStapBlok werkruimte={werkruimte} lid={lid} basis={basis} overzicht={overzicht.toestand.status === 'klaar' ? overzicht.toestand.data : null} />
        <VoorU taken={mijnTaken} basis={basis} organisatie={gebruiker.organisatie.naam} />
      </section>

      <section className="kp-wr-sectie" aria-labelledby="wie-kop">
        <h2 className="utrecht-heading-2" id="wie-kop">
          Wie doet mee
        </h2>
        <LiveStatus />
        <p className="utrecht-paragraph">
          {anderen === 0 ? 'Er is nu niemand anders in deze werkruimte.' : `Nu ook in deze werkruimte: ${namen.join(', ')}.`}
        </p>
        {mag(lid, 'leden.lezen') ? (
          <>
            <Laden toestand={leden.toestand}>{() => <WieDoetMee leden={ledenLijst} secties={sectieLijst} basis={basis} magBeheren={mag(lid, 'leden.beheren')} />}</Laden>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`${basis}/leden`}>
                {mag(lid, 'leden.beheren') ? 'Leden en uitnodigingen' : 'Alle leden'}
              </Link>
            </p>
          </>
        ) : null}
      </section>

      {mag(lid, 'secties.lezen') ? (
        <section className="kp-wr-sectie" id="analyse" aria-labelledby="secties-kop" tabIndex={-1}>
          <h2 className="utrecht-heading-2" id="secties-kop">
            Stap 2: veiligheidsanalyse
          </h2>
          {mag(lid, 'cyclus.lezen') ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`${basis}/politiecijfers`}>
                Politiecijfers per thema
              </Link>{' '}
              (geregistreerde misdrijven, trends en begrotingsindicatoren) en{' '}
              <Link className="utrecht-link" to={`${basis}/veiligheidsmonitor`}>
                de Veiligheidsmonitor
              </Link>{' '}
              (onveiligheidsgevoel, slachtofferschap en overlast, met marges)
            </p>
          ) : null}
          <Laden toestand={secties.toestand}>
            {({ secties: lijst }) =>
              lijst.length === 0 ? (
                <p className="utrecht-paragraph">Er zijn geen secties die u mag zien.</p>
              ) : (
                <>
                  <AnalyseOverzicht secties={lijst} basis={basis} aanwezigen={live.aanwezigen} organisatieId={gebruiker.organisatie.id} />
                  <Volledigheid secties={lijst} basis={basis} />
                </>
              )
            }
          </Laden>
        </section>
      ) : null}
      <section className="kp-wr-sectie" aria-labelledby="over-kop">
        <h2 className="utrecht-heading-2" id="over-kop">
          Over deze werkruimte
        </h2>
        <dl className="kp-meta">
          <div>
            <dt>{werkruimte.deelnemendeGemeenten.length > 0 ? 'Gemeenten' : 'Gemeente'}</dt>
            <dd>
              {werkruimte.gemeentenaam} ({werkruimte.gemeentecode})
              {werkruimte.deelnemendeGemeenten.map((g) => `, ${g.gemeentenaam} (${g.gemeentecode})`).join('')}
            </dd>
          </div>
          <div>
            <dt>Soort</dt>
            <dd>{soortNamen[werkruimte.soort]}</dd>
          </div>
          <div>
            <dt>Periode</dt>
            <dd>{periodeTekst(werkruimte)}</dd>
          </div>
          <div>
            <dt>Uw rol</dt>
            <dd>{rolNamen[werkruimte.mijnRol]}</dd>
          </div>
          <div>
            <dt>Vertrouwelijke secties</dt>
            <dd>{werkruimte.mijnVertrouwelijkToegang ? 'U hebt toegang' : 'Geen toegang'}</dd>
          </div>
        </dl>
        {mag(lid, 'werkruimte.wijzigen') ? (
          <p className="utrecht-paragraph kp-wr-instellingen">
            <Link className="utrecht-link" to={`${basis}/instellingen`}>
              Instellingen van de werkruimte
            </Link>
            {werkruimte.soort === 'ivp' ? ' (naam, periode en een gezamenlijk IVP met andere gemeenten)' : ' (naam en periode)'}
          </p>
        ) : null}
      </section>
    </>
  );
}
