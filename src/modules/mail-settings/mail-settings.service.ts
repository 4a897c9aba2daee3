import nodemailer from 'nodemailer';
import type { Actor } from '../../platform/auth/actor.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Mail, Mailer } from '../../platform/mail/mailer.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { MailSettingsUpdate } from './mail-settings.contract.ts';
import * as repo from './mail-settings.repo.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

const view = (row: Row | undefined) => ({
  configured: !!row,
  host: row?.host ?? null,
  port: row?.port ?? null,
  username: row?.username ?? null,
  passwordSet: !!row?.passwordSealed,
  senderName: row?.senderName ?? null,
  fromAddress: row?.fromAddress ?? null,
});

export const get = async (db: Db, actor: Actor) => view(await repo.get(db, actor.orgId));

export async function update(db: Db, actor: Actor, input: MailSettingsUpdate) {
  const current = await repo.get(db, actor.orgId);
  const passwordSealed =
    input.password === undefined
      ? (current?.passwordSealed ?? null)
      : input.password === null || input.password === ''
        ? null
        : secretBox().seal(input.password);
  await repo.upsert(db, {
    orgId: actor.orgId,
    host: input.host,
    port: input.port,
    username: input.username || null,
    passwordSealed,
    senderName: input.senderName || null,
    fromAddress: input.fromAddress,
  });
  return get(db, actor);
}

export async function remove(db: Db, actor: Actor) {
  await repo.remove(db, actor.orgId);
  return get(db, actor);
}

function transportOf(row: Row): Mailer {
  const transport = nodemailer.createTransport({
    host: row.host,
    port: row.port,
    secure: row.port === 465,
    auth: row.username
      ? { user: row.username, pass: row.passwordSealed ? secretBox().open(row.passwordSealed) : '' }
      : undefined,
    connectionTimeout: 15_000,
  });
  return {
    send: async ({ fromName, orgId: _org, ...mail }: Mail) => {
      const info = await transport.sendMail({
        ...mail,
        from: { name: row.senderName ?? fromName ?? '', address: row.fromAddress },
      });
      return { messageId: info.messageId };
    },
  };
}

/** Sends a mail through its organisation's own SMTP server when it has one, else through `fallback`. */
export function orgMailer(db: Db, fallback: Mailer): Mailer {
  return {
    send: async (mail) => {
      const row = mail.orgId ? await repo.get(db, mail.orgId) : undefined;
      return row ? transportOf(row).send(mail) : fallback.send(mail);
    },
  };
}

/** A test message through the saved settings, to the owner (or `to`); the SMTP server's refusal comes back as a 400. */
export async function sendTest(
  db: Db,
  actor: Actor,
  to: string | undefined,
  ownEmail: string | null,
  language: string,
) {
  const row = await repo.get(db, actor.orgId);
  if (!row) throw new AppError('invalid', 'Save the SMTP settings first', { host: 'not set' });
  const recipient = to ?? ownEmail;
  if (!recipient) throw new AppError('invalid', 'Give an address to send the test to', { to: 'required' });
  try {
    await transportOf(row).send({
      to: recipient,
      subject: translate(language, 'mail.test.subject'),
      text: translate(language, 'mail.test.body', { host: row.host }),
    });
  } catch (e) {
    throw new AppError('invalid', `The SMTP server refused: ${e instanceof Error ? e.message : String(e)}`, {
      host: 'refused',
    });
  }
  return { sent: true as const, to: recipient };
}
