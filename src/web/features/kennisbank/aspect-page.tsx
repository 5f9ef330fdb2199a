import { useParams } from 'react-router';
import type { Aspect } from '../../shared/api.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { AanpakSecties } from './aanpak-secties.tsx';

export function AspectPage() {
  const { id = '' } = useParams();
  const aspect = useApi<Aspect>(`/aanpakaspecten/${encodeURIComponent(id)}`);
  usePaginatitel(aspect.status === 'klaar' ? `Aspect ${aspect.data.naam}` : aspect.status === 'fout' ? 'Aspect niet gevonden' : undefined);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Kennisbank', naar: '/kennisbank' },
          { naam: aspect.status === 'klaar' ? `Aspect 1.${aspect.data.id}` : 'Aspect' },
        ]}
      />
      <Laden toestand={aspect}>
        {(a) => (
          <article>
            <p className="utrecht-paragraph kp-muted">Veld 1 Veilige woon- en leefomgeving, aanpak-aspect 1.{a.id}</p>
            <h1 className="utrecht-heading-1">{a.naam}</h1>
            {a.uitleg.map((alinea, i) => (
              <p className="utrecht-paragraph" key={i}>
                {alinea}
              </p>
            ))}
            <AanpakSecties aanpak={a} />
          </article>
        )}
      </Laden>
    </>
  );
}
