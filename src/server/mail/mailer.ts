/**
 * Sending e-mail over SMTP with nodemailer. The SMTP_URL holds a password: it is never logged;
 * a failure is reported by its error code only.
 */
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.ts';

export interface MailMessage {
  aan: string;
  onderwerp: string;
  tekst: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport(config.smtpUrl, {
    // Fail within seconds rather than holding the request for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  return {
    async send({ aan, onderwerp, tekst }) {
      await transport.sendMail({ from: config.afzender, to: aan, subject: onderwerp, text: tekst });
    },
    close: () => transport.close(),
  };
}

/** A description of a mail failure without secrets (no URL, no credentials, no server answer text). */
export function mailFailureReason(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; name?: unknown };
  const parts = [typeof e.code === 'string' ? e.code : null, typeof e.responseCode === 'number' ? `SMTP ${e.responseCode}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : typeof e.name === 'string' ? e.name : 'onbekende fout';
}

/** The Dutch invitation e-mail. */
export function invitationMail(input: {
  aan: string;
  werkruimte: string;
  uitnodiger: string;
  rol: string;
  link: string;
  verlooptOp: Date;
}): MailMessage {
  const datum = input.verlooptOp.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  return {
    aan: input.aan,
    onderwerp: `Uitnodiging voor de werkruimte ${input.werkruimte} in Kernplan`,
    tekst: [
      'Goedendag,',
      '',
      `${input.uitnodiger} nodigt u uit om als ${input.rol} mee te werken aan "${input.werkruimte}" in Kernplan,`,
      'de werkplek voor het integraal veiligheidsbeleid van uw gemeente en haar partners.',
      '',
      'Open deze link om de uitnodiging aan te nemen:',
      input.link,
      '',
      `De link is geldig tot en met ${datum} en werkt maar één keer. Heeft u al een account met dit`,
      'e-mailadres? Meld u dan eerst aan. Anders maakt u met de link een account aan.',
      '',
      'Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.',
      '',
      'Kernplan',
    ].join('\n'),
  };
}
