import { createHash } from 'node:crypto';
import nodemailer, { type NodemailerError } from 'nodemailer';
import { ProviderError, type Provider, type SendRequest, type SendResult } from '../channels.js';

export interface SmtpConfig {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465` (TLS from the start); see VIGIL_SMTP_URL. */
  readonly url: string;
  /** The sender, e.g. `Vigil <vigil@example.com>`. */
  readonly from: string;
  /** Connect, greeting and idle-socket timeout; default 10 s (nodemailer's own are minutes). */
  readonly timeoutMs?: number;
}

export interface SmtpProvider extends Provider {
  /** Closes pooled connections; the provider must not be used afterwards. */
  close(): void;
}

/**
 * Email through an SMTP relay with nodemailer. Each delivery's Message-ID is derived from its
 * idempotency key, so a retry after an unclear failure carries the same id and mail systems that
 * deduplicate by it show one message.
 */
export function createSmtpProvider(config: SmtpConfig): SmtpProvider {
  const timeoutMs = config.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({ url: config.url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 3 });
  const domain = senderDomain(config.from);
  return {
    id: 'smtp',
    channels: ['email'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      if (message.channel !== 'email') throw new ProviderError(`SMTP sends email, not ${message.channel}`, true, 'wrong_channel');
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: request.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: `<${createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`,
          headers: {
            // RFC 3834: no out-of-office or other automatic replies to a page.
            'Auto-Submitted': 'auto-generated',
            'X-Auto-Response-Suppress': 'All',
            'X-Vigil-Delivery': request.idempotencyKey,
          },
        });
        return { externalId: info.messageId };
      } catch (error) {
        throw smtpFailure(error);
      }
    },
    close: () => transport.close(),
  };
}

/** Errors that carry no SMTP reply but come from the configuration or the address, not the network. */
const PERMANENT_WITHOUT_REPLY = new Set(['EENVELOPE', 'EAUTH', 'ENOAUTH', 'ECONFIG']);

/**
 * RFC 5321: 5yz replies are permanent (550 no such mailbox, 535 bad credentials), 4yz transient
 * (451, 452 try later). 503 "bad sequence" is the exception nodemailer also makes: the session,
 * not the message, was wrong. Without a reply (refused connection, DNS, TLS, timeout) it is
 * transient unless the error is about the address or the configuration.
 */
export function smtpFailure(error: unknown): ProviderError {
  const e = (error ?? {}) as NodemailerError;
  const reply = typeof e.responseCode === 'number' ? e.responseCode : null;
  const text = (e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim().slice(0, 300);
  if (reply !== null) {
    return new ProviderError(`SMTP server answered ${text.startsWith(String(reply)) ? text : `${reply} ${text}`}`, reply >= 500 && reply !== 503, String(reply));
  }
  const code = typeof e.code === 'string' ? e.code : 'ERROR';
  return new ProviderError(`SMTP ${code}: ${text}`, PERMANENT_WITHOUT_REPLY.has(code), code);
}

/** The domain for Message-IDs: the sender's, so they are unique to this installation. */
function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'vigil.invalid';
}
