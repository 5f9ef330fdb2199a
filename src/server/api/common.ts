import { z } from '@hono/zod-openapi';
import { problemSchema } from './schemas.ts';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The error answers most protected endpoints share, for the OpenAPI document. */
export const protectedErrors = {
  400: { content: problemContent, description: 'Ongeldige invoer; `invalidParams` wijst het veld aan.' },
  401: { content: problemContent, description: 'Niet aangemeld.' },
  403: { content: problemContent, description: 'Geen recht op deze actie, of CSRF-token ontbreekt.' },
  404: { content: problemContent, description: 'Bestaat niet, of is niet zichtbaar voor u.' },
} as const;

export const versionedWriteErrors = {
  ...protectedErrors,
  412: { content: problemContent, description: 'Gebaseerd op een oude versie; het antwoord bevat de huidige versie (`huidig`).' },
  428: { content: problemContent, description: 'If-Match ontbreekt.' },
} as const;

export const ifMatchHeader = z.object({
  'If-Match': z.string().optional().openapi({
    param: { name: 'If-Match', in: 'header' },
    description: 'De ETag (versie) waarop de wijziging is gebaseerd, bv. "3". Verplicht.',
  }),
});

export const uuidParam = (name: string) =>
  z.string().openapi({ param: { name, in: 'path' }, example: '0b0e2c6e-4c1f-4c55-9f51-2a8a5d3b9c10' });
