import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PEM files of a throwaway certificate authority and a server certificate it signed, for tests only. */
export interface TestCertificate {
  /** The CA's certificate: what a client is told to trust (`ca`, NODE_EXTRA_CA_CERTS, curl --cacert). */
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
}

/**
 * Makes a test-only CA and a server certificate for `localhost` and 127.0.0.1 with Debian's
 * `openssl`, valid for a day, into `dir` (file names start with `prefix`). Nothing here is ever
 * committed: every run makes its own keys.
 */
export function makeTestCertificate(dir: string, prefix = 'test'): TestCertificate {
  const file = (name: string) => join(dir, `${prefix}-${name}`);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '1', '-subj', `/CN=Vigil test CA ${prefix}`);
  openssl('req', '-new', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=localhost');
  writeFileSync(file('server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.crt'), '-days', '1', '-extfile', file('server.ext'));
  return { caFile: file('ca.crt'), certFile: file('server.crt'), keyFile: file('server.key') };
}
