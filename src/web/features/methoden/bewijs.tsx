/** Het bewijs bij een methode (issue 19, punt 3): het niveau, de bron en wat de niveaus betekenen. */
import { type Bewijs, bewijsNamen, bewijsNiveaus, bewijsUitleg } from '../../../domain/methoden/bewijs.ts';
import type { Methode } from '../../shared/api.ts';
import './bewijs.css';

/** Een methode zoals de API haar geeft: met het bewijs. */
export type MethodeMetBewijs = Methode & { bewijs: Bewijs };

/** Uitklapbare uitleg van de vier niveaus. */
export function BewijsUitleg() {
  return (
    <details className="kp-details">
      <summary>Wat betekenen de bewijsniveaus?</summary>
      <dl className="kp-bewijs-uitleg">
        {bewijsNiveaus.map((n) => (
          <div key={n}>
            <dt>{bewijsNamen[n]}</dt>
            <dd>{bewijsUitleg[n]}</dd>
          </div>
        ))}
      </dl>
      <p className="utrecht-paragraph kp-klein">
        Alleen een erkende bron (zoals een systematische review van de Campbell Collaboration, een erkenning in de databanken van NJi, Movisie of het CCV, of een register als Blueprints) geeft een ander niveau dan ‘onbekend’.
      </p>
    </details>
  );
}

/** Het niveau als label. */
export function BewijsLabel({ bewijs }: { bewijs: Bewijs }) {
  return <span className={`kp-tag kp-bewijs kp-bewijs--${bewijs.niveau}`}>{bewijsNamen[bewijs.niveau]}</span>;
}
