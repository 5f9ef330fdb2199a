/**
 * The coverage of a police figure per theme or field beside the figure (issue 16, point 2): a figure
 * summed over only some of its crime types says "onvolledig (1 van 20 soorten)", and the missing types
 * are listed on demand. Shared by the figures page and the police panel in the analysis of a theme.
 */
import { codeMetTitel, type Dekking, dekkingKort, dekkingZin } from '../../domain/politie/dekking.ts';

/** "onvolledig (1 van 20 soorten)" as a marker beside a figure; nothing when the figure is complete. */
export function Onvolledig({ d }: { d: Dekking | undefined }) {
  if (!d || d.volledig) return null;
  return <span className="kp-politie-dekkinglabel">{dekkingKort(d)}</span>;
}

/**
 * The marker with the present and missing crime types behind a disclosure (for a figure that stands
 * alone, such as a theme). Complete: a short line that all types are in the data.
 */
export function DekkingUitleg({ d, wat }: { d: Dekking; wat: string }) {
  if (d.volledig) return <p className="utrecht-paragraph kp-klein kp-politie-dekking">{dekkingZin(d)}</p>;
  return (
    <details className="kp-details kp-politie-dekking kp-politie-dekking--onvolledig">
      <summary>
        <span className="kp-politie-dekkinglabel">{dekkingKort(d)}</span>
        <span className="kp-visually-hidden"> {wat}:</span> welke soorten ontbreken?
      </summary>
      <p className="utrecht-paragraph kp-klein">{dekkingZin(d, false)}</p>
      <p className="utrecht-paragraph kp-klein">Ontbrekend ({d.ontbrekend.length}):</p>
      <ul className="utrecht-unordered-list kp-klein">
        {d.ontbrekend.map((c) => (
          <li key={c} className="utrecht-unordered-list__item">
            {codeMetTitel(c)}
          </li>
        ))}
      </ul>
    </details>
  );
}
