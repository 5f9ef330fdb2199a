/**
 * De classificatie van prioriteitstitels gemeten (issue 17, punt 4): top-1 en top-3 op het trainingsdeel
 * van de gelabelde set, op de oude toetsset (het toetsdeel van labelset.ts), op de nieuwe toetsset 2026
 * (toetsset-2026.ts) en op beide toetssets samen, met het 95 %-interval van Wilson; de missers; en de tijd
 * voor het opbouwen van het model en voor 500 titels. Draaien: `npx tsx bench/classificatie.ts [--missers]`.
 * Stem synoniemen en gewichten alleen af op wat het trainingsdeel laat zien, nooit op een toetsset.
 */
import { classificeer } from '../src/domain/classificatie/classifier.ts';
import { labelset, type GelabeldeTitel } from '../src/domain/classificatie/labelset.ts';
import { meetNauwkeurigheid, wilsonInterval } from '../src/domain/classificatie/nauwkeurigheid.ts';
import { toetsset2026 } from '../src/domain/classificatie/toetsset-2026.ts';

const metMissers = process.argv.includes('--missers');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

let t = performance.now();
classificeer('opwarmen');
const bouw = performance.now() - t;

const oudeToets = labelset.filter((l) => l.deel === 'toets');
const sets: [string, readonly GelabeldeTitel[]][] = [
  ['training', labelset.filter((l) => l.deel === 'training')],
  ['toets (oud)', oudeToets],
  ['toets 2026', toetsset2026],
  ['toetsen samen', [...oudeToets, ...toetsset2026]],
];

for (const [naam, set] of sets) {
  const r = meetNauwkeurigheid(set);
  const goed1 = Math.round(r.top1 * r.aantal);
  const goed3 = Math.round(r.top3 * r.aantal);
  const i1 = wilsonInterval(goed1, r.aantal);
  const i3 = wilsonInterval(goed3, r.aantal);
  console.log(
    `${naam.padEnd(13)} n=${String(r.aantal).padStart(3)}  top-1 ${pct(r.top1)} (${goed1}; 95 % ${pct(i1.onder)}–${pct(i1.boven)})  ` +
      `top-3 ${pct(r.top3)} (${goed3}; 95 % ${pct(i3.onder)}–${pct(i3.boven)})  streng: top-1 ${pct(r.top1Streng)}, top-3 ${pct(r.top3Streng)}`,
  );
  if (metMissers && naam !== 'toetsen samen') {
    for (const m of r.missers) console.log(`  mis: ${m.titel}  labels ${m.labels.join(', ')}  voorgesteld ${m.voorstellen.join(', ') || '(niets)'}`);
  }
}

t = performance.now();
for (let i = 0; i < 500; i++) classificeer(`Aanpak ondermijning en georganiseerde criminaliteit ${i}`);
console.log(`model opbouwen ${bouw.toFixed(0)} ms; 500 titels ${(performance.now() - t).toFixed(0)} ms`);
