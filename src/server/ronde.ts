/**
 * A job the server runs now and then (reminders, removing ended sessions): a first run after
 * `eersteNaMs`, then every `intervalMs`. A failure is logged with `fout` and never ends the process;
 * the timers do not keep the process alive. Returns the function that stops it.
 */
export function startRonde(werk: () => Promise<unknown>, opties: { eersteNaMs: number; intervalMs: number; fout: string }): () => void {
  const run = () => void werk().catch((err: unknown) => console.warn(`${opties.fout}: ${(err as Error).message}`));
  const eerste = setTimeout(run, opties.eersteNaMs);
  const timer = setInterval(run, opties.intervalMs);
  eerste.unref();
  timer.unref();
  return () => {
    clearTimeout(eerste);
    clearInterval(timer);
  };
}
