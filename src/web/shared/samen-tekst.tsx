/**
 * A long text that people write together (ADR 0019): a Tiptap editor on a Yjs document, synced over
 * the app's own websocket with the y-websocket provider. Everything typed saves itself; the status
 * line says when the server has stored it ("Opgeslagen 14:03"), and the page asks before it is left
 * while something is not stored yet. Others in the same text show with their cursor and name.
 */
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import * as decoding from 'lib0/decoding';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useSchrijf, useSessie } from './sessie.tsx';
import { useVraagVoorWeggaan } from './page.tsx';
import { haalOp } from './api.ts';

const BERICHT_OPGESLAGEN = 100;
const BERICHT_MELDING = 101;

/**
 * Cursor colours: eight classes in the stylesheet (kp-kleur-0..7), each with at least 4.5:1 contrast
 * for the white name on it. Classes, not inline styles: the Content-Security-Policy allows no inline style.
 */
const AANTAL_KLEUREN = 8;
const kleurVan = (id: string) => `kp-kleur-${[...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % AANTAL_KLEUREN}`;

/** Another writer's cursor: a caret with their name, coloured by class. */
function cursor(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = `kp-caret ${String(user.color ?? 'kp-kleur-0')}`;
  caret.setAttribute('aria-hidden', 'true');
  const naam = document.createElement('span');
  naam.className = 'kp-caret__naam';
  naam.textContent = String(user.name ?? '');
  caret.append(naam);
  return caret;
}

type Opslagstand = { soort: 'verbinden' } | { soort: 'opgeslagen'; om: Date | null } | { soort: 'bezig' } | { soort: 'offline'; onbewaard: boolean } | { soort: 'gestopt'; reden: string };

interface Vondst {
  soort: string;
  fragment: string;
  uitleg: string;
}

const tijd = (d: Date) => d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** How much of this page's own writing the server has confirmed: its clock in the server's state vector. */
function eigenKlok(doc: Y.Doc): number {
  return Y.getState(doc.store, doc.clientID);
}

export interface SamenTekstProps {
  werkruimteId: string;
  /** The text, e.g. 'ivp.uitgangssituatie' (see domain/cyclus/teksten.ts). */
  sleutel: string;
  label: string;
  uitleg?: string | undefined;
  /** Shorter editor for short texts. */
  kort?: boolean;
  /** The role may not edit (the server decides too, and says so on connecting). */
  alleenLezen?: boolean;
  /** The history (and restore for the coordinator) under the editor. */
  geschiedenis?: { lezen: boolean; herstellen: boolean };
  /** Called when the server confirmed a change of this page (e.g. to refresh a preview of the document). */
  onOpgeslagen?: () => void;
}

export function SamenTekst({ werkruimteId, sleutel, label, uitleg, kort, alleenLezen, geschiedenis, onOpgeslagen }: SamenTekstProps) {
  const opgeslagenRef = useRef(onOpgeslagen);
  opgeslagenRef.current = onOpgeslagen;
  const id = useId().replace(/:/g, '');
  const { toestand } = useSessie();
  const gebruiker = toestand.status === 'aangemeld' ? toestand.sessie.gebruiker : null;
  const [stand, setStand] = useState<Opslagstand>({ soort: 'verbinden' });
  const [magSchrijven, setMagSchrijven] = useState(!alleenLezen);
  const [vondsten, setVondsten] = useState<Vondst[]>([]);
  const [anderen, setAnderen] = useState<string[]>([]);

  const { doc, provider } = useMemo(() => {
    const doc = new Y.Doc();
    const adres = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/werkruimtes/${encodeURIComponent(werkruimteId)}/samen`;
    // No BroadcastChannel between tabs: everything goes through the server, which checks who may write.
    // It connects once the text comes near the screen: a browser opens websockets to one host one at a
    // time, and a page such as the IVP holds twenty texts.
    const provider = new WebsocketProvider(adres, sleutel, doc, { maxBackoffTime: 4000, disableBc: true, connect: false });
    return { doc, provider };
  }, [werkruimteId, sleutel]);

  useEffect(() => {
    let bevestigd = 0;
    let laatst: Date | null = null;
    let verbonden = false;
    let gestopt = false;
    const werkBij = () => {
      if (gestopt) return;
      const onbewaard = eigenKlok(doc) > bevestigd;
      if (!verbonden) setStand({ soort: 'offline', onbewaard });
      else setStand(onbewaard ? { soort: 'bezig' } : { soort: 'opgeslagen', om: laatst });
    };
    provider.messageHandlers[BERICHT_OPGESLAGEN] = (_encoder, decoder) => {
      const sv = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
      const klok = sv.get(doc.clientID) ?? 0;
      if (klok > bevestigd) {
        laatst = new Date();
        opgeslagenRef.current?.();
      }
      bevestigd = Math.max(bevestigd, klok);
      werkBij();
    };
    provider.messageHandlers[BERICHT_MELDING] = (_encoder, decoder) => {
      const m = JSON.parse(decoding.readVarString(decoder)) as { type: string; magSchrijven?: boolean; vondsten?: Vondst[] };
      if (m.type === 'toegang') setMagSchrijven(Boolean(m.magSchrijven) && !alleenLezen);
      if (m.type === 'privacy') setVondsten(m.vondsten ?? []);
    };
    const opUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin !== provider) werkBij();
    };
    const opStatus = ({ status }: { status: string }) => {
      verbonden = status === 'connected';
      werkBij();
    };
    const opGesloten = ({ code }: { code: number }) => {
      gestopt = true;
      setStand({
        soort: 'gestopt',
        reden:
          code === 4401
            ? 'U bent afgemeld. Meld u opnieuw aan om verder te schrijven.'
            : 'U hebt geen toegang meer tot deze tekst.',
      });
    };
    const opAanwezig = () => {
      const namen = [...provider.awareness.getStates().entries()]
        .filter(([clientId]) => clientId !== doc.clientID)
        .map(([, s]) => (s as { user?: { name?: string } }).user?.name)
        .filter((n): n is string => Boolean(n));
      setAnderen([...new Set(namen)].sort());
    };
    doc.on('update', opUpdate);
    provider.on('status', opStatus);
    provider.on('closed', opGesloten);
    provider.awareness.on('change', opAanwezig);
    return () => {
      doc.off('update', opUpdate);
      provider.off('status', opStatus);
      provider.off('closed', opGesloten);
      provider.awareness.off('change', opAanwezig);
      provider.destroy();
      doc.destroy();
    };
  }, [doc, provider, alleenLezen]);

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          heading: { levels: [3, 4] },
          code: false,
          codeBlock: false,
          strike: false,
          underline: false,
          horizontalRule: false,
          blockquote: false,
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
        }),
        TableKit.configure({ table: { resizable: false } }),
        Collaboration.configure({ document: doc, field: 'inhoud' }),
        CollaborationCaret.configure({
          provider,
          user: { name: gebruiker?.naam ?? 'Onbekend', color: kleurVan(gebruiker?.id ?? 'x') },
          render: cursor,
          selectionRender: (user: Record<string, unknown>) => ({ nodeName: 'span', class: `kp-selectie ${String(user.color ?? 'kp-kleur-0')}` }),
        }),
      ],
      // Tiptap's own <style> element would be refused by the Content-Security-Policy; app.css has these rules.
      injectCSS: false,
      editable: false,
      editorProps: {
        attributes: {
          id: `${id}-editor`,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': `${id}-label`,
          'aria-describedby': [uitleg ? `${id}-uitleg` : null, `${id}-stand`].filter(Boolean).join(' '),
          class: `kp-editor__inhoud${kort ? ' kp-editor__inhoud--kort' : ''}`,
        },
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    if (!editor) return;
    // The view exists only once the editor is mounted in the page: set it now, or when it mounts.
    const zet = () => {
      if (editor.isDestroyed) return;
      editor.setEditable(magSchrijven, false);
      try {
        editor.view.dom.setAttribute('aria-readonly', String(!magSchrijven));
      } catch {
        /* not mounted yet: the 'mount' event comes */
      }
    };
    zet();
    editor.on('mount', zet);
    return () => {
      editor.off('mount', zet);
    };
  }, [editor, magSchrijven]);

  useVraagVoorWeggaan(stand.soort === 'bezig' || (stand.soort === 'offline' && stand.onbewaard));

  const houder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = houder.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      provider.connect();
      return;
    }
    const waarnemer = new IntersectionObserver(
      (gezien) => {
        if (!gezien.some((g) => g.isIntersecting)) return;
        waarnemer.disconnect();
        provider.connect();
      },
      { rootMargin: '800px 0px' },
    );
    waarnemer.observe(el);
    return () => waarnemer.disconnect();
  }, [provider]);

  return (
    <div className="utrecht-form-field kp-field kp-editor" data-sleutel={sleutel} ref={houder}>
      <p className="utrecht-form-label kp-editor__label" id={`${id}-label`} onClick={() => editor?.commands.focus()}>
        {label}
      </p>
      {uitleg ? (
        <p className="utrecht-form-field-description kp-field__uitleg" id={`${id}-uitleg`}>
          {uitleg}
        </p>
      ) : null}
      {editor && magSchrijven ? <Werkbalk editor={editor} label={label} /> : null}
      <EditorContent editor={editor} />
      <div className="kp-editor__voet">
        <p className="kp-editor__stand" id={`${id}-stand`} role="status">
          <Standtekst stand={stand} magSchrijven={magSchrijven} />
        </p>
        {anderen.length > 0 ? <p className="kp-editor__anderen">Schrijft mee: {anderen.join(', ')}</p> : null}
      </div>
      {vondsten.length > 0 ? (
        <div className="kp-warning" role="alert">
          <p className="utrecht-paragraph">Deze tekst lijkt persoonsgegevens te bevatten. Een veiligheidsplan gaat over groepen en gebieden, niet over personen:</p>
          <ul className="utrecht-unordered-list">
            {vondsten.map((v, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                "{v.fragment}": {v.uitleg}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {geschiedenis?.lezen ? <Geschiedenis werkruimteId={werkruimteId} sleutel={sleutel} magHerstellen={geschiedenis.herstellen && magSchrijven} /> : null}
    </div>
  );
}

function Standtekst({ stand, magSchrijven }: { stand: Opslagstand; magSchrijven: boolean }) {
  switch (stand.soort) {
    case 'verbinden':
      return <>Verbinden…</>;
    case 'bezig':
      return <>Opslaan…</>;
    case 'opgeslagen':
      return <>{!magSchrijven ? 'U kunt deze tekst lezen, niet bewerken.' : stand.om ? `Opgeslagen ${tijd(stand.om)}` : 'Alles is opgeslagen.'}</>;
    case 'offline':
      return (
        <span className="kp-editor__offline">
          {stand.onbewaard
            ? 'Geen verbinding: wat u typt staat nog alleen in dit venster en wordt opgeslagen zodra de verbinding terug is. Sluit het venster niet.'
            : 'Geen verbinding; Kernplan probeert opnieuw te verbinden.'}
        </span>
      );
    case 'gestopt':
      return <span className="kp-editor__offline">{stand.reden}</span>;
  }
}

function Werkbalk({ editor, label }: { editor: Editor; label: string }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      vet: e.isActive('bold'),
      cursief: e.isActive('italic'),
      kop: e.isActive('heading', { level: 3 }),
      subkop: e.isActive('heading', { level: 4 }),
      opsomming: e.isActive('bulletList'),
      genummerd: e.isActive('orderedList'),
      link: e.isActive('link'),
      tabel: e.isActive('table'),
    }),
  });
  const knop = (naam: string, actief: boolean, actie: () => void) => (
    <button type="button" className="kp-werkbalk__knop" aria-pressed={actief} onMouseDown={(e) => e.preventDefault()} onClick={actie}>
      {naam}
    </button>
  );
  const link = () => {
    if (s.link) return editor.chain().focus().unsetLink().run();
    const adres = window.prompt('Adres van de link (https://…)');
    if (!adres) return;
    const schoon = /^(https?:\/\/|mailto:)/i.test(adres.trim()) ? adres.trim() : `https://${adres.trim()}`;
    editor.chain().focus().extendMarkRange('link').setLink({ href: schoon }).run();
  };
  return (
    <div className="kp-werkbalk" role="toolbar" aria-label={`Opmaak van ${label}`}>
      {knop('Kop', s.kop, () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
      {knop('Subkop', s.subkop, () => editor.chain().focus().toggleHeading({ level: 4 }).run())}
      {knop('Vet', s.vet, () => editor.chain().focus().toggleBold().run())}
      {knop('Cursief', s.cursief, () => editor.chain().focus().toggleItalic().run())}
      {knop('Opsomming', s.opsomming, () => editor.chain().focus().toggleBulletList().run())}
      {knop('Genummerde lijst', s.genummerd, () => editor.chain().focus().toggleOrderedList().run())}
      {knop(s.link ? 'Link weg' : 'Link', s.link, link)}
      {s.tabel ? (
        <>
          {knop('Rij erbij', false, () => editor.chain().focus().addRowAfter().run())}
          {knop('Kolom erbij', false, () => editor.chain().focus().addColumnAfter().run())}
          {knop('Tabel weg', false, () => editor.chain().focus().deleteTable().run())}
        </>
      ) : (
        knop('Tabel', false, () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())
      )}
    </div>
  );
}

interface Versie {
  id: number;
  gemaaktOp: string;
  door: string[];
  platteTekst: string;
  hersteldVan: number | null;
}

function Geschiedenis({ werkruimteId, sleutel, magHerstellen }: { werkruimteId: string; sleutel: string; magHerstellen: boolean }) {
  const [open, setOpen] = useState(false);
  const [versies, setVersies] = useState<Versie[] | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const schrijf = useSchrijf();
  const pad = `/werkruimtes/${encodeURIComponent(werkruimteId)}/teksten/${encodeURIComponent(sleutel)}`;
  const laad = () =>
    haalOp<{ versies: Versie[] }>(`${pad}/versies`).then(
      (r) => setVersies(r.versies),
      () => setMelding('De geschiedenis kon niet worden geladen.'),
    );
  return (
    <details
      className="kp-editor__geschiedenis"
      onToggle={(e) => {
        const nu = (e.target as HTMLDetailsElement).open;
        setOpen(nu);
        if (nu) void laad();
      }}
    >
      <summary>Geschiedenis van deze tekst</summary>
      {open && versies === null && !melding ? <p className="utrecht-paragraph">Laden…</p> : null}
      {melding ? <p className="utrecht-paragraph" role="status">{melding}</p> : null}
      {versies && versies.length === 0 ? <p className="utrecht-paragraph">Nog geen eerdere versies. Een versie ontstaat een halve minuut nadat er geschreven is.</p> : null}
      {versies && versies.length > 0 ? (
        <ol className="kp-versies">
          {versies.map((v) => (
            <li key={v.id} className="kp-versie">
              <p className="utrecht-paragraph kp-klein">
                {new Date(v.gemaaktOp).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })}, door {v.door.length > 0 ? v.door.join(', ') : 'onbekend'}
                {v.hersteldVan ? ` (teruggezet van een eerdere versie)` : ''}
              </p>
              <p className="utrecht-paragraph kp-versie__tekst">{v.platteTekst.length > 300 ? `${v.platteTekst.slice(0, 300)}…` : v.platteTekst || '(leeg)'}</p>
              {magHerstellen ? (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={async () => {
                    const r = await schrijf('POST', `${pad}/herstellingen`, { body: { versieId: v.id } });
                    setMelding(r.ok ? 'De versie is teruggezet; iedereen in deze tekst ziet hem nu.' : (r.probleem.detail ?? 'Terugzetten mislukte.'));
                    if (r.ok) void laad();
                  }}
                >
                  Deze versie terugzetten
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
