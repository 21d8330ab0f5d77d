import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/**
 * An SMTP server on 127.0.0.1 (smtp-server) that parses what it receives (mailparser) and can
 * refuse recipients or messages with the reply code a real server would use.
 */

export interface ReceivedMail {
  readonly envelope: { readonly from: string; readonly to: readonly string[] };
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string | null;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface SmtpPeer {
  readonly port: number;
  /** `smtp://user:pass@127.0.0.1:<port>` with the credentials the peer accepts. */
  readonly url: string;
  readonly received: ReceivedMail[];
  /** RCPT TO for `address` is refused with `code` (550 mailbox unknown by default, 452 for "try later"). */
  rejectRecipient(address: string, code?: number): void;
  /** The next `count` messages are refused after DATA with `code`. */
  failNextData(count: number, code: number): void;
  close(): Promise<void>;
}

const REPLIES: Readonly<Record<number, string>> = {
  550: '5.1.1 Recipient address rejected: User unknown in virtual mailbox table',
  552: '5.3.4 Message size exceeds fixed limit',
  554: '5.7.1 Message rejected as spam',
  451: '4.3.0 Temporary lookup failure',
  452: '4.2.2 Mailbox full, try again later',
};

function refusal(code: number): Error & { responseCode: number } {
  return Object.assign(new Error(REPLIES[code] ?? 'Refused'), { responseCode: code });
}

export async function startSmtpPeer(options: { readonly user?: string; readonly password?: string } = {}): Promise<SmtpPeer> {
  const user = options.user ?? 'vigil';
  const password = options.password ?? 'p@ss:word';
  const received: ReceivedMail[] = [];
  const rejected = new Map<string, number>();
  const dataFailures: number[] = [];

  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS to negotiate, so AUTH is allowed without TLS.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const code = rejected.get(address.address.toLowerCase());
      callback(code === undefined ? undefined : refusal(code));
    },
    onData(stream, session: SMTPServerSession, callback) {
      void simpleParser(stream).then(
        (mail) => {
          const failure = dataFailures.shift();
          if (failure !== undefined) return callback(refusal(failure));
          const headers: Record<string, string> = {};
          for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
          received.push({
            envelope: { from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address) },
            from: mail.from?.text ?? '',
            to: (Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to?.text) ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? null,
            headers,
          });
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    received,
    rejectRecipient(address, code = 550) {
      rejected.set(address.toLowerCase(), code);
    },
    failNextData(count, code) {
      for (let i = 0; i < count; i++) dataFailures.push(code);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
