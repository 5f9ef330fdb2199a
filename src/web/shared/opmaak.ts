/** Dutch date and time formatting for the pages. */

const datumTijdFormaat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const datumFormaat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** "5 maart 2026 om 14:03" */
export function datumTijd(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : datumTijdFormaat.format(d);
}

/** "5 maart 2026" */
export function datum(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : datumFormaat.format(d);
}

/** "1 open opmerking", "3 open opmerkingen" */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
