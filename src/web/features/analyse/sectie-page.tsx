/**
 * One section: its text (editable when the role allows), comments, history and, for the coordinator,
 * its settings. Saving sends If-Match with the version the text was based on. The user's typed text is
 * never overwritten: a newer version from someone else is announced, and at saving (412) both texts
 * are shown side by side to merge. A draft also lives in sessionStorage, so a reload or a sign-in in
 * between does not lose it.
 */
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { mag, rolNamen } from '../../../domain/toegang/rollen.ts';
import type { Sectie, Vondst } from '../../shared/api.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel, useVraagVoorWeggaan } from '../../shared/page.tsx';
import { CONCEPT_PREFIX, useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, Tekstveld, type Melding } from '../../shared/formulier.tsx';
import { AnalyseFormulier, Kennisbankhints } from './sectie-analyse.tsx';
import { Geschiedenis } from './sectie-geschiedenis.tsx';
import { SectieInstellingen } from './sectie-instellingen.tsx';
import { Opmerkingen } from './sectie-opmerkingen.tsx';
import { aanwezigheidRegels } from '../../shared/teksten.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';

interface Editor {
  /** The version (and its text) the user's edit is based on: sent as If-Match. */
  basis: { versie: number; tekst: string } | null;
  /** What is in the textarea. */
  concept: string;
  /** A newer version of someone else that arrived while the user had unsaved edits. */
  nieuwer: Sectie | null;
  /** A save that answered 412: the other version, and the text the user tried to save. */
  conflict: { huidig: Sectie; huidigeVersie: number; mijnTekst: string } | null;
  /** A save that answered 422: what looked like personal data, and what to resend when the user confirms. */
  privacy: { vondsten: Vondst[]; tekst: string; versie: number } | null;
}

const leeg: Editor = { basis: null, concept: '', nieuwer: null, conflict: null, privacy: null };

interface Concept {
  tekst: string;
  versie: number;
  basisTekst: string;
}

function leesConcept(sleutel: string): Concept | null {
  try {
    const ruw = sessionStorage.getItem(sleutel);
    if (!ruw) return null;
    const c = JSON.parse(ruw) as Partial<Concept>;
    return typeof c.tekst === 'string' && typeof c.versie === 'number' && typeof c.basisTekst === 'string'
      ? { tekst: c.tekst, versie: c.versie, basisTekst: c.basisTekst }
      : null;
  } catch {
    return null;
  }
}

function bewaarConcept(sleutel: string, concept: Concept | null): void {
  try {
    if (concept) sessionStorage.setItem(sleutel, JSON.stringify(concept));
    else sessionStorage.removeItem(sleutel);
  } catch {
    /* storage full or not available: the text is still in the textarea */
  }
}

const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function SectiePage() {
  const { sleutel = '' } = useParams();
  const { werkruimte, lid, live } = useWerkruimte();
  const basisPad = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const pad = `${basisPad}/secties/${encodeURIComponent(sleutel)}`;
  const bron = useBron<Sectie>(pad);
  const sectie = bron.toestand.status === 'klaar' ? bron.toestand.data : null;
  usePaginatitel(sectie ? sectie.titel : bron.toestand.status === 'fout' ? 'Sectie niet gevonden' : undefined);

  const schrijf = useSchrijf();
  const [editor, setEditor] = useState<Editor>(leeg);
  const editorRef = useRef(editor);
  editorRef.current = editor;
  const [reden, setReden] = useState('');
  const [bezig, setBezig] = useState(false);
  const bezigRef = useRef(false);
  const gemist = useRef(false);
  const [melding, setMelding] = useState<Melding | null>(null);
  const tekstvak = useRef<HTMLTextAreaElement>(null);
  const conflictKop = useRef<HTMLHeadingElement>(null);
  const privacyKop = useRef<HTMLHeadingElement>(null);
  const conceptSleutel = `${CONCEPT_PREFIX}${werkruimte.id}:${sleutel}`;

  const gewijzigd = editor.basis !== null && editor.concept !== editor.basis.tekst;

  // First load: start from the server's text, or from a draft this window still had.
  useEffect(() => {
    if (!sectie || editorRef.current.basis) return;
    const concept = leesConcept(conceptSleutel);
    if (concept && concept.tekst !== sectie.tekst) {
      const zelfdeBasis = concept.basisTekst === sectie.tekst;
      setEditor({
        ...leeg,
        basis: zelfdeBasis ? { versie: sectie.versie, tekst: sectie.tekst } : { versie: concept.versie, tekst: concept.basisTekst },
        concept: concept.tekst,
        nieuwer: !zelfdeBasis && sectie.versie > concept.versie ? sectie : null,
      });
      setMelding({ soort: 'info', tekst: 'Uw tekst die nog niet was opgeslagen, staat weer in het tekstvak.' });
    } else {
      setEditor({ ...leeg, basis: { versie: sectie.versie, tekst: sectie.tekst }, concept: sectie.tekst });
    }
  }, [sectie, conceptSleutel]);

  // Keep the draft in this window until it is saved or undone.
  useEffect(() => {
    const { basis, concept } = editor;
    if (!basis) return;
    bewaarConcept(conceptSleutel, concept !== basis.tekst ? { tekst: concept, versie: basis.versie, basisTekst: basis.tekst } : null);
  }, [editor, conceptSleutel]);

  // Presence: this window shows this section, and edits it while there are unsaved changes.
  const { zetAanwezigheid } = live;
  useEffect(() => {
    zetAanwezigheid(sleutel, gewijzigd);
  }, [zetAanwezigheid, sleutel, gewijzigd]);
  useEffect(() => () => zetAanwezigheid(null, false), [zetAanwezigheid]);

  // Leaving the page with unsaved text: the browser asks first.
  useVraagVoorWeggaan(gewijzigd);

  useEffect(() => {
    if (editor.conflict) conflictKop.current?.focus();
  }, [editor.conflict]);
  useEffect(() => {
    if (editor.privacy) privacyKop.current?.focus();
  }, [editor.privacy]);

  /** Takes in a version from the server without ever overwriting unsaved text. */
  const serverstand = useCallback((nieuw: Sectie) => {
    const e = editorRef.current;
    if (e.basis && !e.conflict && e.concept === e.basis.tekst && nieuw.tekst !== e.basis.tekst && nieuw.versie > e.basis.versie) {
      setMelding({
        soort: 'info',
        tekst: `De tekst is bijgewerkt${nieuw.bijgewerktDoor ? ` door ${nieuw.bijgewerktDoor}` : ''} (${tijd.format(new Date(nieuw.bijgewerktOp))}).`,
      });
    }
    setEditor((e) => {
      if (!e.basis) return e;
      if (e.conflict) {
        return nieuw.versie > e.conflict.huidigeVersie ? { ...e, conflict: { ...e.conflict, huidig: nieuw, huidigeVersie: nieuw.versie } } : e;
      }
      if (nieuw.versie < e.basis.versie) return e;
      if (e.concept === e.basis.tekst) {
        if (nieuw.versie === e.basis.versie && nieuw.tekst === e.basis.tekst) return e;
        return { ...e, basis: { versie: nieuw.versie, tekst: nieuw.tekst }, concept: nieuw.tekst, nieuwer: null };
      }
      // Unsaved edits. Only settings changed: the edit may move to the new version. Else: announce, keep the text.
      if (nieuw.tekst === e.basis.tekst) return { ...e, basis: { versie: nieuw.versie, tekst: nieuw.tekst } };
      return nieuw.versie > e.basis.versie ? { ...e, nieuwer: nieuw } : e;
    });
  }, []);

  const vernieuwSectie = useCallback(
    async (minimaleVersie?: number) => {
      for (let poging = 0; poging < 4; poging++) {
        const nieuw = await bron.vernieuw();
        if (!nieuw) return;
        serverstand(nieuw);
        // The announcement can be a moment ahead of what a read sees; then ask again shortly.
        if (minimaleVersie === undefined || nieuw.versie >= minimaleVersie) return;
        await new Promise((r) => setTimeout(r, 300));
      }
    },
    [bron, serverstand],
  );

  useLiveBericht((b) => {
    const hierover = (b.type === 'sectie' || b.type === 'opmerking') && b.id === sleutel;
    if (!hierover && b.type !== 'lid' && b.type !== 'opnieuw-verbonden') return;
    if (b.type === 'sectie' && b.versie !== undefined && editorRef.current.basis && b.versie <= editorRef.current.basis.versie && !editorRef.current.conflict) {
      return; // our own save, already taken in
    }
    if (bezigRef.current) {
      gemist.current = true;
      return;
    }
    void vernieuwSectie(b.type === 'sectie' ? b.versie : undefined);
  });

  const bewaar = async (tekst: string, versie: number, opties: { gecontroleerd?: boolean; automatisch?: boolean } = {}): Promise<void> => {
    setBezig(true);
    bezigRef.current = true;
    setMelding(null);
    const r = await schrijf<Sectie>('PATCH', pad, {
      ifMatch: versie,
      body: { tekst, ...(reden.trim() ? { reden: reden.trim() } : {}), ...(opties.gecontroleerd ? { persoonsgegevensGecontroleerd: true } : {}) },
    });
    bezigRef.current = false;
    setBezig(false);
    if (gemist.current) {
      gemist.current = false;
      queueMicrotask(() => void vernieuwSectie());
    }
    if (r.ok) {
      bron.zet(r.data);
      setEditor((e) => ({
        basis: { versie: r.data.versie, tekst: r.data.tekst },
        concept: e.concept === tekst ? r.data.tekst : e.concept,
        nieuwer: null,
        conflict: null,
        privacy: null,
      }));
      setReden('');
      setMelding({ soort: 'ok', tekst: `Opgeslagen om ${tijd.format(new Date(r.data.bijgewerktOp))}. Dit is nu versie ${r.data.versie}.` });
      return;
    }
    if (r.status === 412) {
      const huidig = r.probleem.huidig as Sectie | undefined;
      const huidigeVersie = typeof r.probleem.huidigeVersie === 'number' ? r.probleem.huidigeVersie : huidig?.versie;
      if (!huidig || huidigeVersie === undefined) {
        setMelding({ soort: 'fout', tekst: r.probleem.detail });
        void vernieuwSectie();
        return;
      }
      bron.zet(huidig);
      const e = editorRef.current;
      // Someone changed only the settings (the text is still what the user started from): nothing to merge.
      if (!opties.automatisch && !e.conflict && e.basis && huidig.tekst === e.basis.tekst) {
        setEditor((x) => ({ ...x, basis: { versie: huidigeVersie, tekst: huidig.tekst } }));
        return bewaar(tekst, huidigeVersie, { ...opties, automatisch: true });
      }
      setEditor((x) => ({ ...x, conflict: { huidig, huidigeVersie, mijnTekst: tekst }, nieuwer: null, privacy: null }));
      return;
    }
    if (r.status === 422 && Array.isArray(r.probleem.vondsten)) {
      setEditor((x) => ({ ...x, privacy: { vondsten: r.probleem.vondsten as Vondst[], tekst, versie } }));
      return;
    }
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const opslaan = (e: FormEvent) => {
    e.preventDefault();
    const { basis, concept, conflict } = editorRef.current;
    if (!basis || bezig) return;
    void bewaar(concept, conflict ? conflict.huidigeVersie : basis.versie);
  };

  const zetConcept = (tekst: string) => setEditor((e) => ({ ...e, concept: tekst, privacy: null }));

  const ongedaanMaken = () => {
    if (!sectie) return;
    if (!window.confirm('Uw wijzigingen die nog niet zijn opgeslagen, gaan verloren. Doorgaan?')) return;
    setEditor({ ...leeg, basis: { versie: sectie.versie, tekst: sectie.tekst }, concept: sectie.tekst });
    setMelding({ soort: 'info', tekst: 'Uw wijzigingen zijn ongedaan gemaakt; u ziet de laatst opgeslagen tekst.' });
  };

  const herstel = async (wijzigingId: number) => {
    if (!sectie) return;
    setMelding(null);
    // Like a save: announcements that arrive meanwhile (our own restore among them) wait until the answer is in.
    bezigRef.current = true;
    const r = await schrijf<Sectie>('POST', `${pad}/herstellingen`, { ifMatch: sectie.versie, body: { wijzigingId } });
    bezigRef.current = false;
    if (gemist.current) {
      gemist.current = false;
      queueMicrotask(() => void vernieuwSectie());
    }
    if (r.ok) {
      bron.zet(r.data);
      // Restoring is only offered without unsaved edits, so the editor simply takes the restored text.
      setEditor({ ...leeg, basis: { versie: r.data.versie, tekst: r.data.tekst }, concept: r.data.tekst });
      setMelding({ soort: 'ok', tekst: `De eerdere tekst is teruggezet als nieuwe versie ${r.data.versie}.` });
      return;
    }
    if (r.status === 412) {
      void vernieuwSectie();
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft de tekst intussen gewijzigd. Bekijk de nieuwe stand en probeer het daarna opnieuw.' });
      return;
    }
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const instellingenOpgeslagen = (nieuw: Sectie) => {
    bron.zet(nieuw);
    serverstand(nieuw);
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
        {(s) => (
          <>
            <h1 className="utrecht-heading-1">{s.titel}</h1>
            <CyclusNavigatie huidig="sectie" />
            <ul className="kp-tags" aria-label="Kenmerken">
              {s.vertrouwelijk ? <li className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</li> : null}
              <li className="kp-tag">{s.toegewezenOrganisatie ? `Toegewezen aan ${s.toegewezenOrganisatie.naam}` : 'Niet toegewezen'}</li>
              <li className="kp-tag">Versie {s.versie}</li>
            </ul>
            <p className="utrecht-paragraph kp-muted kp-klein">
              {s.versie > 1 ? (
                <>
                  Laatst bewerkt{s.bijgewerktDoor ? ` door ${s.bijgewerktDoor}` : ''} op <time dateTime={s.bijgewerktOp}>{datumTijd(s.bijgewerktOp)}</time>.
                </>
              ) : (
                'Nog niet bewerkt.'
              )}
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

            <div role="status" className="kp-statusregel">
              {editor.nieuwer && gewijzigd && !editor.conflict ? (
                <div className="kp-warning">
                  <p className="utrecht-paragraph">
                    <strong>Er is een nieuwere versie; uw wijzigingen blijven staan. Bij opslaan ziet u beide.</strong>{' '}
                    {editor.nieuwer.bijgewerktDoor ? `${editor.nieuwer.bijgewerktDoor} sloeg` : 'Iemand sloeg'} om{' '}
                    {tijd.format(new Date(editor.nieuwer.bijgewerktOp))} versie {editor.nieuwer.versie} op.
                  </p>
                </div>
              ) : null}
            </div>
            <Meldingregel melding={melding} />

            {editor.privacy ? (
              <section className="kp-warning kp-paneel" aria-labelledby="privacy-kop">
                <h2 className="utrecht-heading-2" id="privacy-kop" tabIndex={-1} ref={privacyKop}>
                  Staan er gegevens over inwoners in de tekst?
                </h2>
                <p className="utrecht-paragraph">
                  Er is nog niets opgeslagen. Een veiligheidsplan bevat alleen cijfers en beleid, geen gegevens over personen. Deze
                  stukken lijken daarop:
                </p>
                <ul className="utrecht-unordered-list">
                  {editor.privacy.vondsten.map((v, i) => (
                    <li className="utrecht-unordered-list__item" key={`${v.fragment}-${i}`}>
                      <mark>{v.fragment}</mark>: {v.uitleg}
                    </li>
                  ))}
                </ul>
                <div className="kp-actions">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--primary-action"
                    onClick={() => {
                      setEditor((e) => ({ ...e, privacy: null }));
                      requestAnimationFrame(() => tekstvak.current?.focus());
                    }}
                  >
                    Tekst aanpassen
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    disabled={bezig}
                    onClick={() => {
                      const p = editor.privacy;
                      if (p) void bewaar(p.tekst, p.versie, { gecontroleerd: true });
                    }}
                  >
                    Toch opslaan (het zijn geen gegevens over inwoners)
                  </button>
                </div>
              </section>
            ) : null}

            {editor.conflict ? (
              <section className="kp-conflict" aria-labelledby="conflict-kop">
                <h2 className="utrecht-heading-2" id="conflict-kop" tabIndex={-1} ref={conflictKop}>
                  Iemand anders heeft dit intussen gewijzigd
                </h2>
                <p className="utrecht-paragraph" role="alert">
                  {editor.conflict.huidig.bijgewerktDoor ?? 'Iemand'} sloeg op {datumTijd(editor.conflict.huidig.bijgewerktOp)} een
                  nieuwere versie op. Uw tekst is niet verloren. Hieronder staan beide teksten naast elkaar; voeg ze samen in het
                  onderste tekstvak en sla dan op.
                </p>
                <div className="kp-naast">
                  <section aria-labelledby="mijn-tekst-kop">
                    <h3 className="utrecht-heading-3" id="mijn-tekst-kop">
                      Uw tekst
                    </h3>
                    <div className="kp-tekstvak" data-testid="conflict-mijn-tekst">
                      {editor.conflict.mijnTekst || <span className="kp-muted">(leeg)</span>}
                    </div>
                  </section>
                  <section aria-labelledby="hun-tekst-kop">
                    <h3 className="utrecht-heading-3" id="hun-tekst-kop">
                      Tekst van {editor.conflict.huidig.bijgewerktDoor ?? 'de ander'} (versie {editor.conflict.huidigeVersie})
                    </h3>
                    <div className="kp-tekstvak" data-testid="conflict-hun-tekst">
                      {editor.conflict.huidig.tekst || <span className="kp-muted">(leeg)</span>}
                    </div>
                  </section>
                </div>
                <form onSubmit={opslaan} aria-labelledby="conflict-kop">
                  <div className="utrecht-form-field utrecht-form-field--text kp-field">
                    <label className="utrecht-form-label" htmlFor="samengevoegd">
                      Samengevoegde tekst
                    </label>
                    <p className="utrecht-form-field-description kp-field__uitleg" id="samengevoegd-uitleg">
                      Hierin staat uw tekst. Neem over wat u van de andere versie wilt houden.
                    </p>
                    <textarea
                      id="samengevoegd"
                      ref={tekstvak}
                      className="utrecht-textarea utrecht-textarea--html-textarea kp-textarea"
                      aria-describedby="samengevoegd-uitleg"
                      rows={14}
                      value={editor.concept}
                      onChange={(e) => zetConcept(e.target.value)}
                    />
                  </div>
                  <div className="kp-actions">
                    <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
                      Samengevoegd opslaan
                    </button>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      onClick={() => {
                        const c = editor.conflict;
                        if (c) zetConcept(`${editor.concept}\n\n${c.huidig.tekst}`);
                      }}
                    >
                      Andere tekst eronder plakken
                    </button>
                  </div>
                </form>
              </section>
            ) : s.magBewerken ? (
              <form onSubmit={opslaan} aria-label={`${s.titel} bewerken`}>
                <div className="utrecht-form-field utrecht-form-field--text kp-field">
                  <label className="utrecht-form-label" htmlFor="sectie-tekst">
                    {s.titel}
                  </label>
                  <p className="utrecht-form-field-description kp-field__uitleg" id="sectie-tekst-uitleg">
                    {s.soort === 'aspect'
                      ? 'De huidige aanpak in uw gemeente voor dit aspect.'
                      : s.soort === 'veld'
                        ? 'De conclusie voor dit veld: wat valt op, en wat vraagt om prioriteit?'
                        : 'De problematiek van dit thema in uw gemeente.'}{' '}
                    Alleen cijfers en beleid, geen gegevens over personen.
                  </p>
                  <textarea
                    id="sectie-tekst"
                    ref={tekstvak}
                    className="utrecht-textarea utrecht-textarea--html-textarea kp-textarea"
                    aria-describedby="sectie-tekst-uitleg"
                    rows={14}
                    value={editor.concept}
                    onChange={(e) => zetConcept(e.target.value)}
                  />
                </div>
                <Tekstveld
                  id="sectie-reden"
                  label="Toelichting bij uw wijziging (niet verplicht)"
                  beschrijving="Komt in de geschiedenis, bijvoorbeeld: cijfers 2024 toegevoegd."
                  waarde={reden}
                  onWaarde={setReden}
                  maxLength={500}
                  autoComplete="off"
                />
                <div className="kp-actions kp-actions--midden">
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !gewijzigd}>
                    {bezig ? 'Bezig met opslaan…' : 'Opslaan'}
                  </button>
                  {gewijzigd ? (
                    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={ongedaanMaken}>
                      Wijzigingen ongedaan maken
                    </button>
                  ) : null}
                  <span className="kp-muted">{gewijzigd ? 'De tekst is nog niet opgeslagen' : 'De tekst is opgeslagen'}</span>
                </div>
              </form>
            ) : (
              <AlleenLezen sectie={s} concept={gewijzigd ? editor.concept : null} />
            )}

            {s.magBewerken ? <AnalyseFormulier sectie={s} werkruimteId={werkruimte.id} onOpgeslagen={instellingenOpgeslagen} /> : null}
            <Kennisbankhints sleutel={s.sleutel} />
            {mag(lid, 'sectie.instellen') ? (
              <SectieInstellingen sectie={s} werkruimteId={werkruimte.id} onOpgeslagen={instellingenOpgeslagen} onVerouderd={() => void vernieuwSectie()} />
            ) : null}
            <Opmerkingen werkruimteId={werkruimte.id} sleutel={s.sleutel} />
            {mag(lid, 'geschiedenis.lezen') ? (
              <Geschiedenis
                werkruimteId={werkruimte.id}
                sleutel={s.sleutel}
                versie={s.versie}
                huidigeTekst={s.tekst}
                magHerstellen={mag(lid, 'geschiedenis.herstellen')}
                heeftWijzigingen={gewijzigd || editor.conflict !== null}
                onHerstel={herstel}
              />
            ) : null}
          </>
        )}
      </Laden>
    </>
  );
}

function AlleenLezen({ sectie, concept }: { sectie: Sectie; concept: string | null }) {
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
    <section aria-labelledby="tekst-kop">
      <h2 className="utrecht-heading-2" id="tekst-kop">
        Tekst
      </h2>
      <div className="kp-note">
        <p className="utrecht-paragraph">
          <strong>Alleen lezen.</strong> {waarom}
          {mag(lid, 'opmerking.plaatsen') ? ' U kunt wel een opmerking plaatsen.' : ''}
        </p>
      </div>
      <div className="kp-tekstvak">{sectie.tekst.trim() ? sectie.tekst : <span className="kp-muted">Er staat nog geen tekst in deze sectie.</span>}</div>
      {concept !== null ? (
        <div className="utrecht-form-field utrecht-form-field--text kp-field">
          <label className="utrecht-form-label" htmlFor="sectie-concept">
            Uw tekst die niet meer kon worden opgeslagen (kopieer hem als u hem wilt bewaren)
          </label>
          <textarea id="sectie-concept" className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only kp-textarea" readOnly rows={8} value={concept} />
        </div>
      ) : null}
    </section>
  );
}
