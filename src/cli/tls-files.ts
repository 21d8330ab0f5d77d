import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TlsFiles } from './env.js';

/** A certificate (chain) and its private key, checked to belong together. */
export interface TlsMaterial {
  readonly cert: Buffer;
  readonly key: Buffer;
  /** Who the certificate names and until when, for the start-up and reload lines. */
  readonly summary: string;
}

export type TlsLoad = { readonly ok: true; readonly material: TlsMaterial } | { readonly ok: false; readonly message: string };

/**
 * Reads `VIGIL_TLS_CERT` and `VIGIL_TLS_KEY` and checks them the way an operator needs to hear
 * it: one line naming the variable whose file is wrong, rather than OpenSSL's
 * "key values mismatch" from deep inside the server's start. Used at start and on SIGHUP.
 */
export function loadTlsFiles(files: TlsFiles): TlsLoad {
  let cert: Buffer;
  let key: Buffer;
  try {
    cert = readFileSync(files.certFile);
  } catch (error) {
    return { ok: false, message: `VIGIL_TLS_CERT: cannot read "${files.certFile}": ${(error as Error).message}` };
  }
  try {
    key = readFileSync(files.keyFile);
  } catch (error) {
    return { ok: false, message: `VIGIL_TLS_KEY: cannot read "${files.keyFile}": ${(error as Error).message}` };
  }
  let certificate: X509Certificate;
  try {
    // The first certificate of a chain is the server's own.
    certificate = new X509Certificate(cert);
  } catch {
    return { ok: false, message: `VIGIL_TLS_CERT: "${files.certFile}" holds no PEM certificate (it should begin with -----BEGIN CERTIFICATE-----)` };
  }
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    return { ok: false, message: `VIGIL_TLS_KEY: "${files.keyFile}" holds no unencrypted PEM private key (it should begin with -----BEGIN PRIVATE KEY----- or -----BEGIN RSA/EC PRIVATE KEY-----)` };
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    return { ok: false, message: `VIGIL_TLS_KEY: the key in "${files.keyFile}" does not belong to the certificate in "${files.certFile}" (VIGIL_TLS_CERT); give the key the certificate was issued for` };
  }
  const subject = certificate.subjectAltName ?? certificate.subject.replace(/\n/g, ', ');
  const until = new Date(certificate.validTo);
  const expired = until.getTime() < Date.now() ? ' — EXPIRED: clients will refuse it' : '';
  return { ok: true, material: { cert, key, summary: `certificate for ${subject}, valid until ${until.toISOString().slice(0, 10)}${expired}` } };
}
