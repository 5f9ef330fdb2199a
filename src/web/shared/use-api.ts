import { useCallback, useEffect, useRef, useState } from 'react';
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

export interface Bron<T> {
  toestand: Laadtoestand<T>;
  /** Fetches again without going back to "laden": the page keeps showing the old data until the new is there. */
  vernieuw: () => Promise<T | null>;
  /** Puts an answer the page already has (e.g. from a PATCH) in place. */
  zet: (data: T) => void;
}

/**
 * Like useApi, but a page can refetch (after a live announcement or its own change) and set data it
 * received from a write. An older answer never overwrites a newer one.
 */
export function useBron<T>(pad: string | null): Bron<T> {
  const [toestand, setToestand] = useState<Laadtoestand<T>>({ status: 'laden' });
  const teller = useRef(0);
  const padRef = useRef(pad);
  padRef.current = pad;

  const laad = useCallback(async (alsVernieuwing: boolean): Promise<T | null> => {
    const huidigPad = padRef.current;
    if (huidigPad === null) return null;
    const nummer = ++teller.current;
    if (!alsVernieuwing) setToestand({ status: 'laden' });
    try {
      const data = await haalOp<T>(huidigPad);
      if (nummer === teller.current) setToestand({ status: 'klaar', data });
      return data;
    } catch (err) {
      const fout = err instanceof ApiFout ? err : new ApiFout(String(err), 0);
      if (nummer === teller.current) {
        // A failed refresh keeps the data already shown, except when it is gone or no longer visible.
        setToestand((oud) => (alsVernieuwing && oud.status === 'klaar' && fout.status !== 404 && fout.status !== 403 ? oud : { status: 'fout', fout }));
      }
      return null;
    }
  }, []);

  useEffect(() => {
    void laad(false);
    return () => {
      teller.current += 1;
    };
  }, [pad, laad]);

  const vernieuw = useCallback(() => laad(true), [laad]);
  const zet = useCallback((data: T) => {
    teller.current += 1;
    setToestand({ status: 'klaar', data });
  }, []);
  return { toestand, vernieuw, zet };
}
