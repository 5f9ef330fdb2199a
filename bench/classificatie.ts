/**
 * De classificatie van prioriteitstitels gemeten (issue 17, punt 4): top-1 en top-3 op het
 * trainingsdeel en op de toetsset van de gelabelde set, de missers, en de tijd voor het opbouwen van
 * het model en voor 500 titels. Draaien: `npx tsx bench/classificatie.ts [--missers]`.
 * Stem synoniemen en gewichten alleen af op wat het trainingsdeel laat zien.
 */
import { classificeer } from '../src/domain/classificatie/classifier.ts';
import { labelset } from '../src/domain/classificatie/labelset.ts';
import { meetNauwkeurigheid } from '../src/domain/classificatie/nauwkeurigheid.ts';

const metMissers = process.argv.includes('--missers');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

let t = performance.now();
classificeer('opwarmen');
const bouw = performance.now() - t;

for (const deel of ['training', 'toets'] as const) {
  const r = meetNauwkeurigheid(labelset.filter((l) => l.deel === deel));
  console.log(
    `${deel.padEnd(8)} n=${r.aantal}  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  (streng, alleen het eerste label: top-1 ${pct(r.top1Streng)}, top-3 ${pct(r.top3Streng)})`,
  );
  if (metMissers) for (const m of r.missers) console.log(`  mis: ${m.titel}  labels ${m.labels.join(', ')}  voorgesteld ${m.voorstellen.join(', ') || '(niets)'}`);
}

t = performance.now();
for (let i = 0; i < 500; i++) classificeer(`Aanpak ondermijning en georganiseerde criminaliteit ${i}`);
console.log(`model opbouwen ${bouw.toFixed(0)} ms; 500 titels ${(performance.now() - t).toFixed(0)} ms`);
