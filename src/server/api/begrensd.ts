/**
 * Reading an uploaded file as raw bytes with an upper bound, shared by the routes that take a file
 * in the request body (police code lists, Veiligheidsmonitor tables, indicator tables).
 */

/** The raw body, at most `max` bytes; null when it is larger (the rest is not read). */
export async function leesBegrensd(verzoek: Request, max: number): Promise<Uint8Array | null> {
  const lengte = Number(verzoek.headers.get('Content-Length'));
  if (Number.isFinite(lengte) && lengte > max) return null;
  const stroom = verzoek.body;
  if (!stroom) return new Uint8Array(0);
  const stukken: Uint8Array[] = [];
  let totaal = 0;
  const lezer = stroom.getReader();
  try {
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) break;
      totaal += value.byteLength;
      if (totaal > max) {
        await lezer.cancel().catch(() => undefined);
        return null;
      }
      stukken.push(value);
    }
  } finally {
    lezer.releaseLock();
  }
  return new Uint8Array(Buffer.concat(stukken));
}
