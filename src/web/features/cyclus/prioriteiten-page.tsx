import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { mag } from '../../../domain/toegang/rollen.ts';
import { strategischeThemas, themas } from '../../../domain/kennisbank/kennisbank.ts';
import { ADVIES_PRIORITEITEN, MAX_PRIORITEITEN } from '../../../domain/cyclus/prioriteiten.ts';
import { MAX_REGIOTHEMAS } from '../../../domain/regio/regio.ts';
import type { Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { Meldingregel, Tekstveld } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { OverigeThemas, SessieVerslag, ThemaKiezer } from './prioritering-extra.tsx';
import { useBron } from '../../shared/use-api.ts';

type Invoer = Omit<Prioriteit, 'id'> & { id?: string };

const alleThemaIds = themas.map((t) => t.id);

export function PrioriteitenPage() {
  const { werkruimte, lid } = useWerkruimte();
  // A region's priorities are its regional themes (ADR 0023): no maximum of four, a theme may be in several, strategic themes too.
  const regio = werkruimte.regio !== null;
  const wat = regio ? 'regionaal thema' : 'prioriteit';
  usePaginatitel(`${regio ? "Regionale thema's" : 'Prioriteiten'} – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const deel = useDeel<Invoer[]>(`${basis}/prioriteiten`);
  const magBewerken = mag(lid, 'cyclus.bewerken');
  const [nieuweTitel, setNieuweTitel] = useState('');
  const cyclus = useBron<{ overigeThemaIds: string[] }>(`${basis}/cyclus`);

  const lijst = deel.huidig?.inhoud ?? [];
  const zet = (i: number, p: Partial<Invoer>) => deel.wijzig((oud) => oud.map((x, j) => (j === i ? { ...x, ...p } : x)));
  const gebruiktElders = (i: number) => (regio ? new Set<string>() : new Set(lijst.flatMap((p, j) => (j === i ? [] : p.themaIds))));
  // One municipality: at most four, so a fifth cannot be added (a joint IVP counts per municipality: the server says).
  const eenGemeente = !regio && werkruimte.deelnemendeGemeenten.length === 0;
  const vol = regio ? lijst.length >= MAX_REGIOTHEMAS : eenGemeente && lijst.length >= MAX_PRIORITEITEN;

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: regio ? "Regionale thema's" : 'Prioriteiten' }]} />
      <h1 className="utrecht-heading-1">{regio ? "Stap 3: regionale thema's" : 'Stap 3: prioriteiten'}</h1>
      <CyclusNavigatie huidig="prioriteiten" />
      {regio ? (
        <p className="utrecht-paragraph">
          De regionale thema's van deze regio ({werkruimte.regio?.soortNaam}). Elk regionaal thema omvat een of meer van de 22 thema's, of rust op een van de drie
          strategische thema's, of allebei. Een thema mag onder meer regionale thema's vallen. Kernplan legt de prioriteiten van de lidgemeenten
          ernaast. Een regio heeft hoogstens {MAX_REGIOTHEMAS} regionale thema's.
        </p>
      ) : (
      <>
      <p className="utrecht-paragraph">
        Kies uit de analyse {ADVIES_PRIORITEITEN}, hooguit {MAX_PRIORITEITEN} prioriteiten. Elke prioriteit omvat een of meer thema's. De andere
        geanalyseerde thema's worden overige strategische thema's en krijgen hoofdstuk 5 van het IVP.
      </p>
      <p className="utrecht-paragraph">
        Kies de prioriteiten bij voorkeur samen met de raad: in een{' '}
        <Link className="utrecht-link" to={`${basis}/prioriteringsrondes`}>
          prioriteringsronde met de raad
        </Link>{' '}
        zet ieder raadslid de thema's op zijn eigen apparaat in volgorde, en neemt u de uitkomst met één knop over.
      </p>
      </>
      )}
      <Laden toestand={deel.bron.toestand}>
        {(data) => (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void deel.opslaan().then((r) => (r ? cyclus.vernieuw() : null));
            }}
            noValidate
          >
            <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
            {lijst.length === 0 ? <p className="utrecht-paragraph">{regio ? "Er zijn nog geen regionale thema's." : 'Er zijn nog geen prioriteiten.'}</p> : null}
            <ol className="kp-prioriteiten">
              {lijst.map((p, i) => {
                const elders = gebruiktElders(i);
                return (
                  <li key={p.id ?? `nieuw-${i}`} className="kp-card kp-met-themas">
                    <Tekstveld
                      id={`prioriteit-${i}-titel`}
                      label={`Titel van ${wat} ${i + 1}`}
                      waarde={p.titel}
                      onWaarde={(titel) => zet(i, { titel })}
                      fout={deel.fouten[`[${i}].titel`]}
                      readOnly={!magBewerken}
                    />
                    {!regio && werkruimte.deelnemendeGemeenten.length > 0 ? (
                      <div className="utrecht-form-field kp-field">
                        <label className="utrecht-form-label" htmlFor={`prioriteit-${i}-gemeente`}>
                          Geldt voor
                        </label>
                        <select
                          id={`prioriteit-${i}-gemeente`}
                          className="utrecht-select"
                          value={p.gemeentecode ?? ''}
                          disabled={!magBewerken}
                          onChange={(e) => zet(i, { gemeentecode: e.target.value || null })}
                        >
                          <option value="">Alle gemeenten (gezamenlijk)</option>
                          {[{ gemeentecode: werkruimte.gemeentecode, gemeentenaam: werkruimte.gemeentenaam }, ...werkruimte.deelnemendeGemeenten].map((g) => (
                            <option key={g.gemeentecode} value={g.gemeentecode}>
                              Alleen {g.gemeentenaam}
                            </option>
                          ))}
                        </select>
                      </div>
                    ) : null}
                    <ThemaKiezerVan regio={regio}>
                    <ThemaKiezer
                      idPrefix={`prioriteit-${i}`}
                      checkboxId={(t) => `prioriteit-${i}-thema-${t}`}
                      wat={`${wat} ${i + 1}`}
                      keuze={alleThemaIds}
                      themaIds={p.themaIds}
                      elders={elders}
                      eldersTekst="al bij een andere prioriteit"
                      magBewerken={magBewerken}
                      fout={deel.fouten[`[${i}].themaIds`] ?? themaFout(deel.fouten, i)}
                      onThemaIds={(themaIds) => zet(i, { themaIds })}
                    />
                    {regio ? (
                      <StrategischeKeuze i={i} wat={`${wat} ${i + 1}`} ids={p.strategischeIds ?? []} magBewerken={magBewerken} fout={strategischFout(deel.fouten, i)} onIds={(strategischeIds) => zet(i, { strategischeIds })} />
                    ) : null}
                    </ThemaKiezerVan>
                    {magBewerken ? (
                      <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => deel.wijzig((oud) => oud.filter((_, j) => j !== i))}>
                        {regio ? 'Regionaal thema' : 'Prioriteit'} {i + 1} verwijderen
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {magBewerken ? (
              <div className="kp-inline-velden">
                <Tekstveld id="nieuwe-prioriteit" label={regio ? 'Nieuw regionaal thema' : 'Nieuwe prioriteit'} waarde={nieuweTitel} onWaarde={setNieuweTitel} />
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  disabled={vol}
                  aria-describedby={vol ? 'prioriteiten-maximum' : undefined}
                  onClick={() => {
                    if (!nieuweTitel.trim() || vol) return;
                    deel.wijzig((oud) => [...oud, { titel: nieuweTitel.trim(), themaIds: [] }]);
                    setNieuweTitel('');
                  }}
                >
                  {regio ? 'Regionaal thema toevoegen' : 'Prioriteit toevoegen'}
                </button>
              </div>
            ) : null}
            {regio ? (
              lijst.length >= MAX_REGIOTHEMAS ? (
                <div className={lijst.length > MAX_REGIOTHEMAS ? 'kp-warning' : 'kp-note'} id="prioriteiten-maximum">
                  <p className="utrecht-paragraph">
                    {lijst.length > MAX_REGIOTHEMAS
                      ? `U hebt ${lijst.length} regionale thema's; een regio heeft er hoogstens ${MAX_REGIOTHEMAS}. Opslaan lukt pas als u er een of meer schrapt.`
                      : `${MAX_REGIOTHEMAS} regionale thema's is het maximum${magBewerken ? '; een volgend thema toevoegen kan pas als u er een schrapt' : ''}.`}
                  </p>
                </div>
              ) : null
            ) : eenGemeente ? (
              // One message about the maximum, about what is on the page now (not about what was saved).
              lijst.length > MAX_PRIORITEITEN ? (
                <div className="kp-warning" id="prioriteiten-maximum">
                  <p className="utrecht-paragraph">
                    U hebt {lijst.length} prioriteiten. De methode staat er hooguit {MAX_PRIORITEITEN} toe; opslaan lukt pas als u er een of meer schrapt.
                  </p>
                </div>
              ) : lijst.length === MAX_PRIORITEITEN ? (
                <div className="kp-note" id="prioriteiten-maximum">
                  <p className="utrecht-paragraph">
                    {MAX_PRIORITEITEN} prioriteiten is het maximum van de methode{magBewerken ? '; een volgende toevoegen kan pas als u er een schrapt' : ''}. Overweeg er{' '}
                    {ADVIES_PRIORITEITEN}: hoe minder prioriteiten, hoe duidelijker de keuze voor raad en partners.
                  </p>
                </div>
              ) : null
            ) : (
              data.opmerkingen.map((o) => (
                <div className="kp-note" key={o}>
                  <p className="utrecht-paragraph">{o}</p>
                </div>
              ))
            )}
            <Meldingregel melding={deel.melding} />
            {magBewerken ? (
              <div className="kp-actions">
                <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd}>
                  {regio ? "Regionale thema's opslaan" : 'Prioriteiten opslaan'}
                </button>
              </div>
            ) : (
              <p className="utrecht-paragraph kp-muted">Alleen lezen.</p>
            )}
          </form>
        )}
      </Laden>
      {cyclus.toestand.status === 'klaar' && !regio ? <OverigeThemas basis={basis} overigeThemaIds={cyclus.toestand.data.overigeThemaIds} magBewerken={magBewerken} /> : null}
      <SessieVerslag basis={basis} magBewerken={magBewerken} />
    </>
  );
}

/** The first problem of the server about the themes of item i that is not at `[i].themaIds` itself (e.g. `[i].themaIds[0]`). */
function themaFout(fouten: Record<string, string>, i: number): string | undefined {
  return Object.entries(fouten).find(([n]) => n.startsWith(`[${i}].themaIds`))?.[1];
}

function strategischFout(fouten: Record<string, string>, i: number): string | undefined {
  return Object.entries(fouten).find(([n]) => n.startsWith(`[${i}].strategischeIds`))?.[1];
}

/**
 * A regional theme has two pickers (themes and strategic themes): together in the second column of the
 * card (the card's grid puts one `.kp-themakiezer` there); a priority has only the theme picker.
 */
function ThemaKiezerVan({ regio, children }: { regio: boolean; children: ReactNode }) {
  return regio ? <div className="kp-themakiezer">{children}</div> : <>{children}</>;
}

/** The three strategic themes a regional theme may rest on (besides or instead of the 22 themes). */
function StrategischeKeuze({ i, wat, ids, magBewerken, fout, onIds }: { i: number; wat: string; ids: string[]; magBewerken: boolean; fout: string | undefined; onIds: (ids: string[]) => void }) {
  const foutId = `prioriteit-${i}-strategisch-fout`;
  return (
    <fieldset className="kp-fieldset kp-themakiezer" aria-describedby={fout ? foutId : undefined}>
      <legend className="utrecht-form-label">Strategische thema's van {wat}</legend>
      {fout ? (
        <p className="kp-field__fout" id={foutId}>
          {fout}
        </p>
      ) : null}
      {strategischeThemas.map((s) => {
        const id = `prioriteit-${i}-strategisch-${s.id}`;
        return (
          <div className="kp-check" key={s.id}>
            <input
              type="checkbox"
              id={id}
              checked={ids.includes(s.id)}
              disabled={!magBewerken}
              onChange={(e) => onIds(e.target.checked ? [...ids, s.id] : ids.filter((x) => x !== s.id))}
            />
            <label htmlFor={id}>{s.naam}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
