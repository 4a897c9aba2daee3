import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { newId } from '../db/ids.ts';

/** `fromName`: the business the mail is from, shown as the sender's name at Zabota's address. */
/** `orgId`: whose mail it is, so it can go through that organisation's own SMTP server. */
export type Mail = { to: string; subject: string; text: string; html?: string; fromName?: string; orgId?: string };
export type Mailer = { send: (mail: Mail) => Promise<{ messageId: string; outboxFile?: string }> };

/**
 * SMTP through nodemailer when ZABOTA_SMTP_URL is set (e.g. smtp://user:pass@host:587);
 * otherwise each message is written as an .eml file to `<dataDir>/outbox`, so invitations work
 * on a laptop with nothing configured.
 */
export function createMailer(opts: { smtpUrl?: string; from: string; outboxDir: string }): Mailer {
  const address = /<([^>]+)>/.exec(opts.from)?.[1] ?? opts.from.trim();
  const envelope = ({ fromName, orgId: _org, ...mail }: Mail) => ({
    from: fromName ? { name: fromName, address } : opts.from,
    ...mail,
  });
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    return {
      send: async (mail) => {
        const info = await transport.sendMail(envelope(mail));
        return { messageId: info.messageId };
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      const info = await transport.sendMail(envelope(mail));
      await fs.mkdir(opts.outboxDir, { recursive: true });
      const file = path.join(opts.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      return { messageId: info.messageId, outboxFile: file };
    },
  };
}
