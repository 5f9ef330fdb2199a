import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { uitPlatteTekst } from '../../domain/tekst/rijk.ts';
import { FRAGMENT, fragmentAlsRijk, rijkUitUpdates, staatUitRijk, vervangUpdate } from './yjs.ts';

describe('Yjs en de JSON van de editor', () => {
  it('een inhoud gaat heen en terug zonder verlies (koppen, opmaak, lijsten, links)', () => {
    const inhoud = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Kop' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' en ' },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://vng.nl' } }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punt' }] }] }] },
      ],
    };
    expect(rijkUitUpdates([staatUitRijk(inhoud)])).toEqual(inhoud);
  });

  it('terugzetten is één update die de hele inhoud vervangt, ook na wijzigingen van anderen', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, staatUitRijk(uitPlatteTekst('oud')));
    const ander = new Y.Doc();
    Y.applyUpdate(ander, Y.encodeStateAsUpdate(doc));
    const update = vervangUpdate(doc, uitPlatteTekst('- een\n- twee'));
    Y.applyUpdate(ander, update);
    expect(fragmentAlsRijk(ander.getXmlFragment(FRAGMENT))).toEqual(uitPlatteTekst('- een\n- twee'));
  });
});
