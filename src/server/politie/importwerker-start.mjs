// Start van de importthread voor politiecijfers: laadt de TypeScript-bronnen via tsx (zoals
// bin/kernplan.mjs), ook als de hoofdthread onder vitest of tsx draait.
import { register } from 'tsx/esm/api';

register();
await import('./importwerker.ts');
