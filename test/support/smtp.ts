import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string; raw: string; subject: string; text: string };

/** RFC 2047 encoded words (=?utf-8?B?…?=), as Cyrillic subjects arrive. */
function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Subject and plain-text body of a single-part message, decoded. */
export function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]/g, ' ');
  const body = raw.slice(split).trim();
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { subject, text };
}

/** A real SMTP server on loopback: mail under test travels over the wire, not into a fake. */
export function startSmtpServer(opts: { rejectRecipients?: RegExp } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, done) {
      if (opts.rejectRecipients?.test(address.address))
        return done(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      done();
    },
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString()));
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, raw, ...parseMail(raw) });
        done();
      });
    },
  });
  return new Promise<{
    port: number;
    url: string;
    received: ReceivedMail[];
    waitFor: (to: string, subject?: RegExp, timeoutMs?: number) => Promise<ReceivedMail>;
    close: () => Promise<void>;
  }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        port,
        url: `smtp://127.0.0.1:${port}`,
        received,
        waitFor: async (to, subject = /./, timeoutMs = 10_000) => {
          const until = Date.now() + timeoutMs;
          for (;;) {
            const m = received.find((r) => r.to === to && subject.test(r.subject));
            if (m) return m;
            if (Date.now() > until)
              throw new Error(
                `No mail to ${to} matching ${subject}; got: ${received.map((r) => `${r.to} "${r.subject}"`).join(', ')}`,
              );
            await new Promise((r) => setTimeout(r, 100));
          }
        },
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
