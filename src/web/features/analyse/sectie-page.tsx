/**
 * One section of the analysis: its text, written together and saved while typing (ADR 0019), the
 * figures and measures, comments, history and, for the coordinator, its settings. Who cannot edit
 * reads the text live and sees why.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { mag, rolNamen } from '../../../domain/toegang/rollen.ts';
import type { Sectie } from '../../shared/api.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';
import { AnalyseFormulier, Kennisbankhints } from './sectie-analyse.tsx';
import { Geschiedenis } from './sectie-geschiedenis.tsx';
import { SectieInstellingen } from './sectie-instellingen.tsx';
import { Opmerkingen } from './sectie-opmerkingen.tsx';
import { aanwezigheidRegels } from '../../shared/teksten.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { InwonersBijThema } from '../../shared/inwoners-thema.tsx';

const labels: Record<string, { label: string; uitleg: string }> = {
  aspect: { label: 'Huidige aanpak', uitleg: 'De huidige aanpak in uw gemeente voor dit aspect.' },
  veld: { label: 'Conclusie', uitleg: 'De conclusie voor dit veld: wat valt op, en wat vraagt om prioriteit?' },
  thema: { label: 'Problematiek', uitleg: 'De problematiek van dit thema in uw gemeente.' },
};

export function SectiePage() {
  const { sleutel = '' } = useParams();
  const { werkruimte, lid, live } = useWerkruimte();
  const basisPad = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const pad = `${basisPad}/secties/${encodeURIComponent(sleutel)}`;
  const bron = useBron<Sectie>(pad);
  const sectie = bron.toestand.status === 'klaar' ? bron.toestand.data : null;
  usePaginatitel(sectie ? sectie.titel : bron.toestand.status === 'fout' ? 'Sectie niet gevonden' : undefined);
  const schrijf = useSchrijf();
  const [melding, setMelding] = useState<Melding | null>(null);

  // Presence: this window shows this section.
  const { zetAanwezigheid } = live;
  useEffect(() => {
    zetAanwezigheid(sleutel, false);
    return () => zetAanwezigheid(null, false);
  }, [zetAanwezigheid, sleutel]);

  const vernieuw = useCallback(() => void bron.vernieuw(), [bron]);
  // Settings, figures and comments of this section changed elsewhere: fetch them again (the text itself is live).
  useLiveBericht((b) => {
    if (((b.type === 'sectie' || b.type === 'opmerking') && b.id === sleutel) || b.type === 'lid' || b.type === 'opnieuw-verbonden') vernieuw();
  });

  const herstel = async (wijzigingId: number) => {
    if (!sectie) return;
    setMelding(null);
    const r = await schrijf<Sectie>('POST', `${pad}/herstellingen`, { ifMatch: sectie.versie, body: { wijzigingId } });
    if (r.ok) {
      bron.zet(r.data);
      setMelding({ soort: 'ok', tekst: 'De eerdere tekst is teruggezet; wie de tekst open heeft, ziet hem meteen.' });
      return;
    }
    if (r.status === 412) {
      vernieuw();
      setMelding({ soort: 'fout', tekst: 'De sectie is intussen gewijzigd. Bekijk de nieuwe stand en probeer het daarna opnieuw.' });
      return;
    }
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const themaId = /^thema-(\d\.\d)$/.exec(sleutel)?.[1];
  const hier = aanwezigheidRegels(live.aanwezigen.filter((a) => a.sectie === sleutel));

  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basisPad },
          { naam: sectie?.titel ?? 'Sectie' },
        ]}
      />
      <Laden toestand={bron.toestand}>
        {(s) => {
          const soort = labels[s.soort === 'aspect' || s.soort === 'veld' ? s.soort : 'thema']!;
          return (
            <>
              <h1 className="utrecht-heading-1">{s.titel}</h1>
              <CyclusNavigatie huidig="sectie" />
              <ul className="kp-tags" aria-label="Kenmerken">
                {s.vertrouwelijk ? <li className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</li> : null}
                <li className="kp-tag">{s.toegewezenOrganisatie ? `Toegewezen aan ${s.toegewezenOrganisatie.naam}` : 'Niet toegewezen'}</li>
              </ul>
              <p className="utrecht-paragraph kp-muted kp-klein">
                {s.versie > 1 ? (
                  <>
                    Cijfers of instellingen laatst gewijzigd{s.bijgewerktDoor ? ` door ${s.bijgewerktDoor}` : ''} op <time dateTime={s.bijgewerktOp}>{datumTijd(s.bijgewerktOp)}</time>.
                  </>
                ) : null}
                {themaId ? (
                  <>
                    {' '}
                    <Link className="utrecht-link" to={`/kennisbank/themas/${themaId}`}>
                      Wat Kernbeleid Veiligheid over dit thema zegt
                    </Link>
                  </>
                ) : null}
              </p>
              <LiveStatus />
              {hier.length > 0 ? (
                <ul className="kp-aanwezig" aria-label="Nu ook bij deze sectie">
                  {hier.map((regel) => (
                    <li key={regel}>{regel}</li>
                  ))}
                </ul>
              ) : null}
              <Meldingregel melding={melding} />
              {!s.magBewerken ? <AlleenLezen sectie={s} /> : null}
              <SamenTekst
                key={s.sleutel}
                werkruimteId={werkruimte.id}
                sleutel={`sectie.${s.sleutel}`}
                label={soort.label}
                uitleg={`${soort.uitleg} Alles wat u typt wordt meteen opgeslagen. Alleen cijfers en beleid, geen gegevens over personen.`}
                alleenLezen={!s.magBewerken}
                geschiedenis={{ lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') }}
              />
              {s.magBewerken ? <AnalyseFormulier sectie={s} werkruimteId={werkruimte.id} onOpgeslagen={(nieuw) => bron.zet(nieuw)} /> : null}
              {themaId ? <InwonersBijThema werkruimteId={werkruimte.id} themaId={themaId} /> : null}
              <Kennisbankhints sleutel={s.sleutel} />
              {mag(lid, 'sectie.instellen') ? <SectieInstellingen sectie={s} werkruimteId={werkruimte.id} onOpgeslagen={(nieuw) => bron.zet(nieuw)} onVerouderd={vernieuw} /> : null}
              <Opmerkingen werkruimteId={werkruimte.id} sleutel={s.sleutel} />
              {mag(lid, 'geschiedenis.lezen') ? (
                <Geschiedenis
                  werkruimteId={werkruimte.id}
                  sleutel={s.sleutel}
                  versie={s.versie}
                  huidigeTekst={s.tekst}
                  magHerstellen={mag(lid, 'geschiedenis.herstellen')}
                  heeftWijzigingen={false}
                  onHerstel={herstel}
                />
              ) : null}
            </>
          );
        }}
      </Laden>
    </>
  );
}

function AlleenLezen({ sectie }: { sectie: Sectie }) {
  const { werkruimte, gebruiker, lid } = useWerkruimte();
  let waarom: string;
  if (werkruimte.mijnRol === 'partner') {
    waarom = sectie.toegewezenOrganisatie
      ? sectie.toegewezenOrganisatie.id === gebruiker.organisatie.id
        ? 'U kunt deze sectie nu niet bewerken.'
        : `Als partner bewerkt u alleen de thema's die aan uw organisatie (${gebruiker.organisatie.naam}) zijn toegewezen. Dit thema is toegewezen aan ${sectie.toegewezenOrganisatie.naam}.`
      : `Als partner bewerkt u alleen de thema's die aan uw organisatie (${gebruiker.organisatie.naam}) zijn toegewezen. Dit thema is nog aan geen organisatie toegewezen; de coördinator kan dat doen.`;
  } else if (mag(lid, 'sectie.bewerken')) {
    waarom = 'U kunt deze sectie nu niet bewerken.';
  } else {
    waarom = `Met uw rol (${rolNamen[werkruimte.mijnRol]}) leest u mee; bewerken kan niet.`;
  }
  return (
    <section aria-label="Alleen lezen">
      <div className="kp-note">
        <p className="utrecht-paragraph">
          <strong>Alleen lezen.</strong> {waarom}
          {mag(lid, 'opmerking.plaatsen') ? ' U kunt wel een opmerking plaatsen.' : ''}
        </p>
      </div>
    </section>
  );
}
