import { useEffect, useState } from 'react';
import { ApiFout, haalOp } from './api.ts';

export type Laadtoestand<T> =
  | { status: 'laden' }
  | { status: 'klaar'; data: T }
  | { status: 'fout'; fout: ApiFout };

/** Fetches an API path and refetches when it changes; an older answer never overwrites a newer one. */
export function useApi<T>(pad: string | null): Laadtoestand<T> {
  const [toestand, setToestand] = useState<Laadtoestand<T>>({ status: 'laden' });
  useEffect(() => {
    if (pad === null) return;
    const controller = new AbortController();
    setToestand({ status: 'laden' });
    haalOp<T>(pad, controller.signal).then(
      (data) => setToestand({ status: 'klaar', data }),
      (err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        setToestand({ status: 'fout', fout: err instanceof ApiFout ? err : new ApiFout(String(err), 0) });
      },
    );
    return () => controller.abort();
  }, [pad]);
  return toestand;
}
