import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Once the content is there, scrolls to the element the address points at (#indicator-…) and moves
 * focus to it, so a link from the plan check or a reminder lands on the right place.
 */
export function useAnker(klaar: boolean) {
  const { hash } = useLocation();
  const gedaan = useRef<string | null>(null);
  useEffect(() => {
    if (!klaar || !hash || gedaan.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    gedaan.current = hash;
    el.scrollIntoView({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, [klaar, hash]);
}
