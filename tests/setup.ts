/** An unexpected console.error fails the test that caused it (as in the Epic Stack). */
import { afterEach, beforeEach, expect, vi } from 'vitest';

let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.mocked(console.error).mockRestore();
  expect(errors, 'onverwachte console.error tijdens de test').toEqual([]);
});
