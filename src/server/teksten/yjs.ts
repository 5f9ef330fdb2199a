/**
 * Between a Yjs document and the editor's JSON (ProseMirror), without an editor: the same mapping the
 * editor's binding (y-prosemirror / @tiptap/y-tiptap) uses. Nodes are Y.XmlElements named after their
 * type with the node's attributes; text is a Y.XmlText whose formatting attributes are the marks
 * (mark name -> mark attributes).
 */
import * as Y from 'yjs';
import type { RijkeKnoop } from '../../domain/tekst/rijk.ts';

/** The name of the fragment the editor writes into (Tiptap's Collaboration option `field`). */
export const FRAGMENT = 'inhoud';

/** Overlapping marks carry a hash after their name ('link--AbCd1234'); the mark is the part before. */
const markNaam = (attr: string) => /(.*)(--[a-zA-Z0-9+/=]{8})$/.exec(attr)?.[1] ?? attr;

export function fragmentAlsRijk(fragment: Y.XmlFragment): RijkeKnoop {
  const knoop = (item: Y.XmlElement | Y.XmlText | Y.XmlHook): RijkeKnoop[] => {
    if (item instanceof Y.XmlText) {
      return (item.toDelta() as { insert: unknown; attributes?: Record<string, Record<string, unknown>> }[])
        .filter((d) => typeof d.insert === 'string')
        .map((d) => {
          const t: RijkeKnoop = { type: 'text', text: d.insert as string };
          if (d.attributes && Object.keys(d.attributes).length > 0) {
            t.marks = Object.entries(d.attributes).map(([naam, attrs]) => ({ type: markNaam(naam), ...(attrs && Object.keys(attrs).length > 0 ? { attrs } : {}) }));
          }
          return t;
        });
    }
    if (item instanceof Y.XmlElement) {
      const uit: RijkeKnoop = { type: item.nodeName };
      const attrs = item.getAttributes();
      if (Object.keys(attrs).length > 0) uit.attrs = attrs;
      const kinderen = item.toArray().flatMap((k) => knoop(k as Y.XmlElement | Y.XmlText));
      if (kinderen.length > 0) uit.content = kinderen;
      return [uit];
    }
    return [];
  };
  return { type: 'doc', content: fragment.toArray().flatMap((k) => knoop(k as Y.XmlElement | Y.XmlText)) };
}

/** Fills an (empty) fragment with the nodes of a document; inside a transaction of its Y.Doc. */
export function vulFragment(fragment: Y.XmlFragment | Y.XmlElement, knopen: RijkeKnoop[]): void {
  const items: (Y.XmlElement | Y.XmlText)[] = [];
  let tekst: RijkeKnoop[] = [];
  const sluitTekst = () => {
    if (tekst.length === 0) return;
    const t = new Y.XmlText();
    t.applyDelta(
      tekst.map((k) => ({
        insert: k.text ?? '',
        attributes: Object.fromEntries((k.marks ?? []).map((m) => [m.type, m.attrs ?? {}])),
      })),
    );
    items.push(t);
    tekst = [];
  };
  for (const k of knopen) {
    if (k.type === 'text') {
      if (k.text) tekst.push(k);
      continue;
    }
    sluitTekst();
    const el = new Y.XmlElement(k.type);
    for (const [naam, waarde] of Object.entries(k.attrs ?? {})) el.setAttribute(naam, waarde as never);
    items.push(el);
    vulFragment(el, k.content ?? []);
  }
  sluitTekst();
  fragment.insert(0, items);
}

/** A new Yjs document (as one update) holding this content. */
export function staatUitRijk(doc: RijkeKnoop): Uint8Array {
  const y = new Y.Doc();
  y.transact(() => vulFragment(y.getXmlFragment(FRAGMENT), doc.content ?? []));
  const staat = Y.encodeStateAsUpdate(y);
  y.destroy();
  return staat;
}

/** The content of a document given as updates (its state and the updates after it). */
export function rijkUitUpdates(updates: Uint8Array[]): RijkeKnoop {
  const y = new Y.Doc();
  for (const u of updates) Y.applyUpdate(y, u);
  const rijk = fragmentAlsRijk(y.getXmlFragment(FRAGMENT));
  y.destroy();
  return rijk;
}

/**
 * The update that replaces the whole content of `doc` by `inhoud` (restoring a version): computed on
 * a copy, so it can be stored before it is applied, like every other change.
 */
export function vervangUpdate(doc: Y.Doc, inhoud: RijkeKnoop): Uint8Array {
  const kopie = new Y.Doc();
  Y.applyUpdate(kopie, Y.encodeStateAsUpdate(doc));
  const voor = Y.encodeStateVector(kopie);
  kopie.transact(() => {
    const f = kopie.getXmlFragment(FRAGMENT);
    f.delete(0, f.length);
    vulFragment(f, inhoud.content ?? []);
  });
  const update = Y.encodeStateAsUpdate(kopie, voor);
  kopie.destroy();
  return update;
}
