import { describe, expect, it } from 'vitest';
import { zelfdeOorsprong } from './live.ts';

describe('zelfdeOorsprong (websocket alleen vanaf Kernplan zelf)', () => {
  it('laat de eigen Host en het PUBLIC_URL toe, en weigert andere en onleesbare oorsprongen', () => {
    expect(zelfdeOorsprong(undefined, '127.0.0.1:3000', undefined)).toBe(true);
    expect(zelfdeOorsprong('http://127.0.0.1:3000', '127.0.0.1:3000', undefined)).toBe(true);
    expect(zelfdeOorsprong('https://aanvaller.example', '127.0.0.1:3000', undefined)).toBe(false);
    expect(zelfdeOorsprong('null', '127.0.0.1:3000', undefined)).toBe(false);
    // Behind a proxy the Host header may be the internal address; PUBLIC_URL names the public one.
    expect(zelfdeOorsprong('https://kernplan.gemeente.nl', 'kernplan-intern:3000', 'https://kernplan.gemeente.nl')).toBe(true);
    expect(zelfdeOorsprong('http://kernplan.gemeente.nl', 'kernplan-intern:3000', 'https://kernplan.gemeente.nl')).toBe(false);
  });
});
