/**
 * Rijke tekst: wat de editor (ProseMirror/Tiptap) als JSON oplevert, en hoe die tekst in een document
 * (HTML en Word) en als platte tekst verschijnt. Zuiver: geen editor, geen Yjs. De vorm is die van
 * ProseMirror (`{type, attrs, content, text, marks}`); alleen de knopen en markeringen die de editor
 * van Kernplan kent worden weergegeven, de rest valt terug op zijn tekst.
 */

export interface RijkeKnoop {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RijkeKnoop[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** Een stukje tekst met zijn opmaak, zoals een document het weergeeft. */
export interface Tekstdeel {
  tekst: string;
  vet?: boolean;
  cursief?: boolean;
  /** Alleen http(s) en mailto; andere adressen worden gewone tekst. */
  link?: string;
}

/** Een blok van rijke tekst binnen een hoofdstuk. */
export type RijkBlok =
  | { soort: 'alinea'; delen: Tekstdeel[] }
  /** Een kop binnen een hoofdstuk: 1 is de hoogste kop die de schrijver maakte. */
  | { soort: 'kop'; niveau: 1 | 2 | 3; delen: Tekstdeel[] }
  /** Een lijst; elk item heeft een niveau (0 = bovenste) en of zijn lijst genummerd is. */
  | { soort: 'lijst'; items: { delen: Tekstdeel[]; niveau: number; genummerd: boolean }[] }
  | { soort: 'tabel'; kop: boolean; rijen: Tekstdeel[][][] };

export const leegDocument = (): RijkeKnoop => ({ type: 'doc', content: [{ type: 'paragraph' }] });

const veiligAdres = (href: unknown): string | undefined => {
  if (typeof href !== 'string') return undefined;
  return /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : undefined;
};

/** De tekstdelen van een knoop (alinea, kop, cel): tekst met opmaak, harde regeleinden als '\n'. */
export function tekstdelen(knoop: RijkeKnoop): Tekstdeel[] {
  const uit: Tekstdeel[] = [];
  const loop = (k: RijkeKnoop) => {
    if (k.type === 'text' && typeof k.text === 'string') {
      const deel: Tekstdeel = { tekst: k.text };
      for (const m of k.marks ?? []) {
        if (m.type === 'bold') deel.vet = true;
        else if (m.type === 'italic') deel.cursief = true;
        else if (m.type === 'link') {
          const adres = veiligAdres(m.attrs?.href);
          if (adres) deel.link = adres;
        }
      }
      const vorige = uit.at(-1);
      if (vorige && vorige.vet === deel.vet && vorige.cursief === deel.cursief && vorige.link === deel.link) vorige.tekst += deel.tekst;
      else uit.push(deel);
    } else if (k.type === 'hardBreak') {
      const vorige = uit.at(-1);
      if (vorige && !vorige.link) vorige.tekst += '\n';
      else uit.push({ tekst: '\n' });
    } else for (const c of k.content ?? []) loop(c);
  };
  loop(knoop);
  return uit;
}

const leeg = (delen: Tekstdeel[]) => delen.every((d) => d.tekst.trim() === '');

/** De blokken van een rijke tekst, in volgorde; lege alinea's vallen weg. */
export function rijkeBlokken(doc: RijkeKnoop): RijkBlok[] {
  const uit: RijkBlok[] = [];
  const lijst = (k: RijkeKnoop, niveau: number, items: { delen: Tekstdeel[]; niveau: number; genummerd: boolean }[]) => {
    const genummerd = k.type === 'orderedList';
    for (const item of k.content ?? []) {
      let eerste = true;
      for (const kind of item.content ?? []) {
        if (kind.type === 'bulletList' || kind.type === 'orderedList') lijst(kind, niveau + 1, items);
        else {
          const delen = tekstdelen(kind);
          if (eerste || !leeg(delen)) items.push({ delen, niveau, genummerd });
          eerste = false;
        }
      }
    }
  };
  const blok = (k: RijkeKnoop) => {
    switch (k.type) {
      case 'paragraph': {
        const delen = tekstdelen(k);
        if (!leeg(delen)) uit.push({ soort: 'alinea', delen });
        return;
      }
      case 'heading': {
        const delen = tekstdelen(k);
        // The editor offers "Kop" (level 3) and "Subkop" (level 4) under the page's chapter headings.
        const n = Number(k.attrs?.level ?? 3);
        if (!leeg(delen)) uit.push({ soort: 'kop', niveau: n <= 3 ? 1 : n === 4 ? 2 : 3, delen });
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        const items: { delen: Tekstdeel[]; niveau: number; genummerd: boolean }[] = [];
        lijst(k, 0, items);
        if (items.length > 0) uit.push({ soort: 'lijst', items });
        return;
      }
      case 'table': {
        const rijen = (k.content ?? []).map((rij) => (rij.content ?? []).map((cel) => tekstdelen(cel)));
        const kop = (k.content?.[0]?.content ?? []).length > 0 && (k.content?.[0]?.content ?? []).every((c) => c.type === 'tableHeader');
        if (rijen.some((r) => r.length > 0)) uit.push({ soort: 'tabel', kop, rijen });
        return;
      }
      case 'blockquote':
        for (const c of k.content ?? []) blok(c);
        return;
      default: {
        // Onbekende knoop (codeblok, scheidingslijn): alleen de tekst, als alinea.
        const delen = tekstdelen(k);
        if (!leeg(delen)) uit.push({ soort: 'alinea', delen });
      }
    }
  };
  for (const k of doc.content ?? []) blok(k);
  return uit;
}

const platDeel = (delen: Tekstdeel[]) => delen.map((d) => d.tekst).join('');

/**
 * De tekst zonder opmaak: alinea's gescheiden door een lege regel, lijstitems als '- ' of '1. ',
 * tabelcellen gescheiden door ' | '. Voor zoeken, de privacycontrole, de plancheck en de geschiedenis.
 */
export function platteTekst(doc: RijkeKnoop): string {
  return rijkeBlokken(doc)
    .map((b) => {
      if (b.soort === 'alinea' || b.soort === 'kop') return platDeel(b.delen);
      if (b.soort === 'lijst') {
        const tellers: number[] = [];
        return b.items
          .map((i) => {
            tellers.length = i.niveau + 1;
            tellers[i.niveau] = (tellers[i.niveau] ?? 0) + 1;
            return `${'  '.repeat(i.niveau)}${i.genummerd ? `${tellers[i.niveau]}.` : '-'} ${platDeel(i.delen)}`;
          })
          .join('\n');
      }
      return b.rijen.map((r) => r.map(platDeel).join(' | ')).join('\n');
    })
    .join('\n\n');
}

const tekstKnopen = (regel: string): RijkeKnoop[] => (regel === '' ? [] : [{ type: 'text', text: regel }]);

/**
 * Een platte tekst (van voor de editor) als rijke tekst: lege regels scheiden alinea's; een alinea
 * waarvan elke regel met '- ', '* ' of '• ' begint wordt een opsomming, met '1. ' een genummerde lijst;
 * andere regeleinden blijven harde regeleinden.
 */
export function uitPlatteTekst(tekst: string): RijkeKnoop {
  const stukken = tekst
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((s) => s.replace(/^\n+|\n+$/g, ''))
    .filter((s) => s.trim() !== '');
  if (stukken.length === 0) return leegDocument();
  const content = stukken.map((stuk): RijkeKnoop => {
    const regels = stuk.split('\n');
    const opsomming = regels.every((r) => /^\s*[-*•]\s+/.test(r));
    const genummerd = regels.every((r) => /^\s*\d+[.)]\s+/.test(r));
    if (opsomming || genummerd) {
      return {
        type: genummerd ? 'orderedList' : 'bulletList',
        content: regels.map((r) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: tekstKnopen(r.replace(opsomming ? /^\s*[-*•]\s+/ : /^\s*\d+[.)]\s+/, '')) }],
        })),
      };
    }
    const content: RijkeKnoop[] = [];
    regels.forEach((r, i) => {
      if (i > 0) content.push({ type: 'hardBreak' });
      content.push(...tekstKnopen(r));
    });
    return { type: 'paragraph', content };
  });
  return { type: 'doc', content };
}
