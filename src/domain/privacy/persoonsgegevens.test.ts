import { describe, expect, it } from 'vitest';
import { vindPersoonsgegevens, type SoortPersoonsgegeven } from './persoonsgegevens.ts';

/** De fragmenten van één soort, in volgorde. */
function fragmenten(tekst: string, soort?: SoortPersoonsgegeven): string[] {
  return vindPersoonsgegevens(tekst)
    .filter((v) => soort === undefined || v.soort === soort)
    .map((v) => v.fragment);
}

// Geldige BSN's (elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 deelbaar door 11), zelf nagerekend:
//   111222333: 9+8+7+12+10+8+9+6 − 3 = 66 = 6·11
//   123456782: 9+16+21+24+25+24+21+16 − 2 = 154 = 14·11
//   100000009: 9 − 9 = 0
//   012345672 (geschreven als 12345672): 0+8+14+18+20+20+18+14 − 2 = 110 = 10·11
//   020230321 (geschreven als 20230321, ook een datum jjjjmmdd): 0+16+0+12+15+0+9+4 − 1 = 55 = 5·11
// Ongeldig: 123456789 (156 − 9 = 147, rest 4), 987654321, 000000000 (alles nul).

describe('vindPersoonsgegevens: burgerservicenummer', () => {
  it('meldt nummers die de elfproef halen, met uitleg', () => {
    const vondsten = vindPersoonsgegevens('Het dossier van BSN 111222333 en 123456782 en 100000009.');
    expect(vondsten.map((v) => v.fragment)).toEqual(['111222333', '123456782', '100000009']);
    for (const v of vondsten) {
      expect(v.soort).toBe('bsn');
      expect(v.uitleg).toContain('burgerservicenummer');
      expect(v.uitleg).toContain('elfproef');
      expect(v.uitleg).toContain('geen gegevens over individuele inwoners');
    }
  });

  it('meldt nummers die de elfproef niet halen niet', () => {
    expect(vindPersoonsgegevens('Nummers 123456789, 987654321 en 000000000.')).toEqual([]);
  });

  it('herkent schrijfwijzen met punten en spaties en 8 cijfers met voorloopnul', () => {
    expect(fragmenten('a 123.456.782 b 123 456 782 c 1234.56.782 d 12345672 e', 'bsn')).toEqual([
      '123.456.782',
      '123 456 782',
      '1234.56.782',
      '12345672',
    ]);
  });

  it('meldt niets binnen langere cijferreeksen of getallen', () => {
    expect(
      vindPersoonsgegevens('1234567820, 9123456782, 111222333444, 1.123.456.782, 123.456.782.1, 123456782,50'),
    ).toEqual([]);
  });

  it('meldt geen mengvorm van punten en spaties', () => {
    expect(vindPersoonsgegevens('code 123.456 782')).toEqual([]);
  });

  it('meldt geen bedragen', () => {
    const tekst =
      'De begroting: € 123.456.782, €123456782, 123.456.782 euro, EUR 111222333, 111.222.333,- en 111 222 333 EUR.';
    expect(vindPersoonsgegevens(tekst)).toEqual([]);
  });

  it('meldt geen KvK-nummers of datums jjjjmmdd, tenzij er BSN bij staat', () => {
    expect(vindPersoonsgegevens('KvK-nummer 12345672, kenmerk 111222333, stuk van 20230321.')).toEqual([]);
    expect(fragmenten('BSN: 20230321', 'bsn')).toEqual(['20230321']);
  });

  it('geeft de juiste posities', () => {
    const tekst = 'Inwoner met bsn 123.456.782 meldde zich.';
    const [v] = vindPersoonsgegevens(tekst);
    expect(v).toBeDefined();
    expect(v?.begin).toBe(16);
    expect(v?.eind).toBe(27);
    expect(tekst.slice(v?.begin, v?.eind)).toBe('123.456.782');
  });
});

describe('vindPersoonsgegevens: e-mailadres', () => {
  it('meldt het adres van een persoon', () => {
    const tekst = 'Mail naar j.devries@gmail.com of Jan.Jansen@politie.nl.';
    const vondsten = vindPersoonsgegevens(tekst);
    expect(vondsten.map((v) => [v.soort, v.fragment])).toEqual([
      ['e-mailadres', 'j.devries@gmail.com'],
      ['e-mailadres', 'Jan.Jansen@politie.nl'],
    ]);
    expect(vondsten[0]?.begin).toBe(10);
    expect(vondsten[0]?.eind).toBe(29);
    expect(vondsten[0]?.uitleg).toContain('e-mailadres');
  });

  it('meldt functionele adressen van organisaties niet', () => {
    const adressen = [
      'info@gemeente.nl',
      'Contact@gemeente.nl',
      'secretariaat@x.nl',
      'veiligheid@gemeente-utrecht.nl',
      'oov@x.nl',
      'servicedesk@x.nl',
      'helpdesk@x.nl',
      'noreply@x.nl',
      'no-reply@x.nl',
      'postbus@x.nl',
      'gemeente@x.nl',
      'bestuurssecretariaat@x.nl',
      'communicatie@x.nl',
      'privacy@x.nl',
      'integriteit@x.nl',
      'klachten@x.nl',
      'info.veiligheid@x.nl',
      'info+plan@x.nl',
    ];
    expect(vindPersoonsgegevens(`Schrijf naar ${adressen.join(', ')}.`)).toEqual([]);
  });

  it('meldt een persoonlijk adres naast een functioneel adres', () => {
    expect(fragmenten('info@x.nl of piet.bakker@x.nl', 'e-mailadres')).toEqual(['piet.bakker@x.nl']);
  });
});

describe('vindPersoonsgegevens: telefoonnummer', () => {
  it('meldt mobiele nummers in gangbare schrijfwijzen', () => {
    const nummers = [
      '06-12345678',
      '06 1234 5678',
      '0612345678',
      '06 12 34 56 78',
      '+31 6 12345678',
      '+316 12345678',
      '+31612345678',
      '+31 (0)6 12345678',
      '0031 6 12345678',
      '(06) 12345678',
    ];
    for (const nummer of nummers) {
      const tekst = `Contactpersoon: ${nummer}.`;
      const vondsten = vindPersoonsgegevens(tekst);
      expect(vondsten, nummer).toHaveLength(1);
      expect(vondsten[0]?.soort).toBe('telefoonnummer');
      expect(vondsten[0]?.fragment).toBe(nummer);
      expect(vondsten[0]?.begin).toBe(16);
      expect(vondsten[0]?.eind).toBe(16 + nummer.length);
    }
  });

  it('meldt geen mobiel nummer met te veel of te weinig cijfers', () => {
    expect(vindPersoonsgegevens('06-1234567 en 06-123456789 en 061234567890')).toEqual([]);
  });

  it('meldt geen bekende servicenummers', () => {
    const tekst =
      'Bel bij nood 112, voor de politie 0900-8844, gratis 0800-1234 of 0800-0123456, betaald 0900-1234567, ' +
      'de gemeente via 14 020 of 14020, zakelijk 088-1234567.';
    expect(vindPersoonsgegevens(tekst)).toEqual([]);
  });

  it('meldt een vast nummer alleen met een woord als bel of telefoon in de buurt', () => {
    expect(fragmenten('Bel mij gerust op 020-1234567.', 'telefoonnummer')).toEqual(['020-1234567']);
    expect(fragmenten('Telefoon: (020) 123 45 67', 'telefoonnummer')).toEqual(['(020) 123 45 67']);
    expect(fragmenten('Zij is bereikbaar via 0111-123456 na vijf uur.', 'telefoonnummer')).toEqual(['0111-123456']);
    expect(fragmenten('tel. +31 20 1234567', 'telefoonnummer')).toEqual(['+31 20 1234567']);
    expect(vindPersoonsgegevens('Het archief staat onder 020-1234567.')).toEqual([]);
    // 'belangrijk' is geen 'bel'
    expect(vindPersoonsgegevens('Belangrijk is 020-1234567.')).toEqual([]);
    // te ver weg (meer dan 40 tekens)
    expect(vindPersoonsgegevens('Bel ons. Dit is een heel lange zin zonder aanleiding, 020-1234567.')).toEqual([]);
  });

  it('geeft een uitleg', () => {
    const [v] = vindPersoonsgegevens('06-12345678');
    expect(v?.uitleg).toMatch(/^Dit lijkt een mobiel nummer/);
  });
});

describe('vindPersoonsgegevens: geboortedatum bij een naam', () => {
  it('meldt een datum bij een voornaam en achternaam, met "geboren op" in het fragment', () => {
    const tekst = 'Jan de Vries, geboren op 12 maart 1987, is bekend bij de wijkagent.';
    const vondsten = vindPersoonsgegevens(tekst);
    expect(vondsten).toHaveLength(1);
    const v = vondsten[0];
    expect(v?.soort).toBe('geboortedatum-met-naam');
    expect(v?.fragment).toBe('geboren op 12 maart 1987');
    expect(v?.begin).toBe(14);
    expect(v?.eind).toBe(38);
    expect(v?.uitleg).toContain('Jan de Vries');
  });

  it('herkent aanhef, voorletters en tussenvoegsels', () => {
    expect(fragmenten('Melding van mevrouw Jansen (geb. 3-7-1954) over overlast.')).toEqual(['geb. 3-7-1954']);
    expect(fragmenten('dhr. Bakker, 01/02/1990, woont aan de Dorpsstraat.')).toEqual(['01/02/1990']);
    expect(fragmenten('Betrokkene J.P. van den Berg (15-08-1975) is gehoord.')).toEqual(['15-08-1975']);
    expect(fragmenten('Het gaat om J. de Vries, 7 okt. 1962.')).toEqual(['7 okt. 1962']);
    expect(fragmenten('de heer Van der Linden, geboortedatum: 31-12-1999')).toEqual(['geboortedatum: 31-12-1999']);
    expect(fragmenten('Naam: Fatima El Amrani\nGeboortedatum: 04-11-1999')).toEqual(['Geboortedatum: 04-11-1999']);
  });

  it('meldt een datum alleen niet', () => {
    expect(vindPersoonsgegevens('Op 12-03-2024 besprak de Driehoek de nieuwe cijfers.')).toEqual([]);
    expect(vindPersoonsgegevens('De raad stelde het plan op 12 maart 2024 vast.')).toEqual([]);
    expect(vindPersoonsgegevens('Een inwoner, geboren op 12-03-1987, meldde overlast.')).toEqual([]);
  });

  it('ziet organisaties, plannen en zinsbeginwoorden niet aan voor een naam', () => {
    expect(vindPersoonsgegevens('Op 1-1-2023 trad het Integraal Veiligheidsplan in werking.')).toEqual([]);
    expect(vindPersoonsgegevens('De commissie Openbare Orde en Veiligheid besprak dit op 12-03-2024.')).toEqual([]);
    expect(vindPersoonsgegevens('In Den Haag ging het op 12-03-2024 om iets anders.')).toEqual([]);
    expect(vindPersoonsgegevens('Woninginbraken Amsterdam, peildatum 31-12-2023.')).toEqual([]);
  });

  it('meldt de datum bij een ambtsdrager alleen als er "geboren" bij staat', () => {
    expect(vindPersoonsgegevens('Op 12 maart 2024 besprak burgemeester Jan de Vries de cijfers.')).toEqual([]);
    expect(fragmenten('Burgemeester Jan de Vries (geboren 12-03-1967) opende.')).toEqual(['geboren 12-03-1967']);
  });

  it('meldt geen ongeldige datum of een jaar buiten 1900–2030', () => {
    expect(vindPersoonsgegevens('Jan de Vries 12-03-1850')).toEqual([]);
    expect(vindPersoonsgegevens('Jan de Vries 12-03-2031')).toEqual([]);
    expect(vindPersoonsgegevens('Jan de Vries 31-02-1987')).toEqual([]);
    expect(vindPersoonsgegevens('Jan de Vries 29-02-2001')).toEqual([]);
    expect(fragmenten('Jan de Vries 29-02-2000')).toEqual(['29-02-2000']);
  });

  it('meldt niets als de naam meer dan 60 tekens van de datum staat', () => {
    const tekst = 'Jan de Vries opende de bijeenkomst, en daarna werd er lang gesproken over het beleid 12-03-1987.';
    expect(vindPersoonsgegevens(tekst)).toEqual([]);
  });
});

describe('vindPersoonsgegevens: beleidstekst en volgorde', () => {
  it('vindt niets in een gewone beleidsparagraaf met cijfers', () => {
    const tekst =
      'In 2023 registreerde de politie 1.630 woninginbraken, 28,8% minder dan in 2019. ' +
      'Het aantal meldingen van overlast door verwarde personen steeg naar 2.417 (2022: 2.105). ' +
      'De gemeente investeert € 1.250.000 in cameratoezicht en 12 handhavers. ' +
      'Op 12-03-2024 besprak de Driehoek de cijfers van het CBS en de Veiligheidsmonitor 2023. ' +
      'Meer informatie: info@gemeente.nl of bel 14 020. Bij nood: 112.';
    expect(vindPersoonsgegevens(tekst)).toEqual([]);
  });

  it('sorteert op begin, zonder overlap, met fragmenten die kloppen met de posities', () => {
    const tekst =
      'Bel 06-12345678 of mail p.jansen@example.nl over mevrouw Jansen (geb. 3-7-1954), BSN 111222333.';
    const vondsten = vindPersoonsgegevens(tekst);
    expect(vondsten.map((v) => v.soort)).toEqual(['telefoonnummer', 'e-mailadres', 'geboortedatum-met-naam', 'bsn']);
    for (let i = 0; i < vondsten.length; i++) {
      const v = vondsten[i];
      expect(v && tekst.slice(v.begin, v.eind)).toBe(v?.fragment);
      const volgende = vondsten[i + 1];
      if (v && volgende) expect(volgende.begin).toBeGreaterThanOrEqual(v.eind);
    }
  });

  it('geeft voor lege tekst niets', () => {
    expect(vindPersoonsgegevens('')).toEqual([]);
  });
});
