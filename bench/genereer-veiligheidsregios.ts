/**
 * Maakt src/domain/landelijk/veiligheidsregios-data.ts: per gemeente van 2024 (CBS-code) de
 * veiligheidsregio (VR01..VR25), uit de gemeentelijst met de kolom vr_code_minvws_2021.
 * Eén keer gedraaid; het resultaat staat in de repository. Gemeenten zonder regio in de lijst
 * (herindelingen van 2022 en 2023) staan met de hand in gemeentegroepen.ts.
 *
 * Gebruik: npx tsx bench/genereer-veiligheidsregios.ts <pad naar gemeenten-2024.csv>
 */
import { readFileSync, writeFileSync } from 'node:fs';

const bron = process.argv[2];
if (!bron) {
  console.error('Gebruik: npx tsx bench/genereer-veiligheidsregios.ts <gemeenten-2024.csv>');
  process.exit(1);
}
const regels = readFileSync(bron, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
const kop = (regels[0] ?? '').split(',');
const iCode = kop.indexOf('gm_code');
const iVr = kop.indexOf('vr_code_minvws_2021');
if (iCode < 0 || iVr < 0) throw new Error('kolommen gm_code en vr_code_minvws_2021 ontbreken');
const paren: [string, string][] = [];
for (const regel of regels.slice(1)) {
  // Namen met een komma komen in deze lijst niet voor; de code staat vooraan, de regio achteraan.
  const velden = regel.split(',');
  const code = velden[iCode] ?? '';
  const vr = velden[iVr] ?? '';
  if (/^VR\d{2}$/.test(vr)) paren.push([code, vr]);
}
paren.sort((a, b) => a[0].localeCompare(b[0]));
const uit = [
  '/**',
  ' * Veiligheidsregio per gemeente van 2024 (CBS-code -> VR-code), uit de gemeentelijst van het project',
  ' * (kolom vr_code_minvws_2021). Gegenereerd door bench/genereer-veiligheidsregios.ts; wijzig niet met',
  ' * de hand. Gemeenten die in de lijst geen regio hebben, staan in gemeentegroepen.ts.',
  ' */',
  'export const veiligheidsregioPerGemeente: Readonly<Record<string, string>> = {',
  ...paren.map(([c, v]) => `  ${c}: '${v}',`),
  '};',
  '',
].join('\n');
writeFileSync(new URL('../src/domain/landelijk/veiligheidsregios-data.ts', import.meta.url), uit);
console.log(`${paren.length} gemeenten met een veiligheidsregio geschreven`);
