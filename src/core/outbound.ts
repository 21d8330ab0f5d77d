import ipaddr from 'ipaddr.js';

/**
 * Which addresses Vigil may send HTTP requests to when the URL comes from a user or from
 * `vigil.yaml` (webhook, Teams, ntfy and Slack incoming-webhook addresses): public unicast
 * addresses only, unless `VIGIL_OUTBOUND_ALLOW` lists the address, its network or the host
 * name. Otherwise anyone who may add a contact method could make Vigil call its own network
 * (cloud metadata at 169.254.169.254, a database's HTTP port, an admin interface on loopback).
 *
 * The same policy is checked twice: when the address is written (a URL naming an address, or
 * `localhost`, is refused with the range and how to allow it), and when sending, after DNS
 * resolution (every resolved address must pass, and the connection goes to a checked one), so a
 * name that later resolves somewhere private (DNS rebinding) is refused too.
 */

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** How each refused range is named in messages. Anything not listed here and not `unicast` is refused as reserved. */
const RANGE_NAMES: Readonly<Record<string, string>> = {
  unspecified: 'an unspecified address (0.0.0.0/8, ::)',
  broadcast: 'the broadcast address (255.255.255.255)',
  multicast: 'a multicast address (224.0.0.0/4, ff00::/8)',
  linkLocal: 'a link-local address (169.254.0.0/16, fe80::/10; cloud metadata services live here)',
  loopback: 'a loopback address (127.0.0.0/8, ::1)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)',
  uniqueLocal: 'a unique-local IPv6 address (fc00::/7)',
  ipv4Mapped: 'an IPv4-mapped IPv6 address (::ffff:0:0/96)',
  rfc6145: 'an IPv4-translated IPv6 address (::ffff:0:0:0/96)',
  rfc6052: 'a NAT64 address (64:ff9b::/96)',
  '6to4': 'a 6to4 address (2002::/16)',
  teredo: 'a Teredo address (2001::/32)',
  deprecatedSiteLocal: 'a site-local IPv6 address (fec0::/10)',
};

/** What a refused address is: the range's description, for messages. */
export function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `a reserved address (${range})`;
}

/** Parses an address as written in a URL host (`[::1]` included); null when it is a name. */
export function parseAddress(text: string): Address | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare)) return null;
  // Only the canonical forms count as addresses: ipaddr also reads `0x7f.1` and `2130706433`,
  // which the WHATWG URL parser has already normalised to dotted quads before we get here.
  if (!ipaddr.IPv4.isValidFourPartDecimal(bare) && !ipaddr.IPv6.isValid(bare)) return null;
  return ipaddr.parse(bare);
}

/** A refusal: which host and address, and the range it is in. */
export interface OutboundRefusal {
  readonly host: string;
  /** The address refused (the host itself when it is one, else what it resolved to). */
  readonly address: string;
  readonly range: string;
  /** What was refused: `localhost (127.0.0.1) is a loopback address (127.0.0.0/8, ::1)`. */
  readonly reason: string;
  /** How to allow it. */
  readonly hint: string;
  /** Both, as one sentence. */
  readonly message: string;
}

export const OUTBOUND_ALLOW_VARIABLE = 'VIGIL_OUTBOUND_ALLOW';

/** Host names as the allow-list and URLs compare them: lower case, no trailing dot. */
const normaliseName = (name: string) => name.toLowerCase().replace(/\.$/, '');
const HOST_NAME = /^(\*\.)?([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export class OutboundPolicy {
  private constructor(
    private readonly networks: readonly [Address, number][],
    /** Exact names, and `*.example.com` as `.example.com` for any name below it. */
    private readonly names: readonly string[],
    /** The list as written, for messages. */
    readonly text: string,
  ) {}

  /** Nothing private is allowed: the default. */
  static strict(): OutboundPolicy {
    return new OutboundPolicy([], [], '');
  }

  /**
   * `127.0.0.1,10.0.0.0/8,fd00::/8,hooks.internal.example,*.corp.example`: addresses, CIDR
   * networks and host names (`*.` for every name below one), separated by commas or spaces.
   */
  static parse(text: string | undefined): { readonly policy: OutboundPolicy; readonly problems: readonly string[] } {
    const networks: [Address, number][] = [];
    const names: string[] = [];
    const problems: string[] = [];
    const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
    for (const entry of entries) {
      if (entry.includes('/')) {
        if (ipaddr.isValidCIDR(entry)) networks.push(normaliseNetwork(ipaddr.parseCIDR(entry)));
        else problems.push(`"${entry}" is not a CIDR network such as 10.0.0.0/8 or fd00::/8`);
        continue;
      }
      const address = parseAddress(entry);
      if (address) {
        networks.push(normaliseNetwork([address, address.kind() === 'ipv4' ? 32 : 128]));
        continue;
      }
      const name = normaliseName(entry);
      if (HOST_NAME.test(name)) names.push(name.startsWith('*.') ? name.slice(1) : name);
      else problems.push(`"${entry}" is not an address, a CIDR network or a host name`);
    }
    return { policy: new OutboundPolicy(networks, names, entries.join(',')), problems };
  }

  /** Whether the host name itself is on the list (then any address it resolves to is allowed). */
  allowsName(host: string): boolean {
    const name = normaliseName(host);
    return this.names.some((allowed) => (allowed.startsWith('.') ? name.endsWith(allowed) : name === allowed));
  }

  /** The range `address` is refused for, or null when it may be called. */
  refusedRange(address: Address): string | null {
    const range = address.range();
    if (range === 'unicast') return null;
    const candidates: Address[] = [address];
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) candidates.push((address as ipaddr.IPv6).toIPv4Address());
    if (candidates.some((candidate) => this.networks.some(([network, bits]) => candidate.kind() === network.kind() && candidate.match(network, bits)))) return null;
    return range;
  }

  /**
   * Checked when an address is written: a URL whose host is an address (or `localhost`) in a
   * refused range. Names are resolved only when sending.
   */
  checkUrl(url: string): OutboundRefusal | null {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return null; // the address's own form check reports it
    }
    if (host === '' || this.allowsName(host)) return null;
    const address = parseAddress(host);
    if (address) return this.refusal(host, address);
    const name = normaliseName(host);
    if (name === 'localhost' || name.endsWith('.localhost')) {
      // RFC 6761: these names are loopback whatever DNS says.
      return this.refusal(host, ipaddr.parse('127.0.0.1'));
    }
    return null;
  }

  /** Checked when sending, for every address the host resolved to. */
  checkResolved(host: string, addresses: readonly string[]): OutboundRefusal | null {
    if (this.allowsName(host)) return null;
    if (addresses.length === 0) return null;
    for (const text of addresses) {
      const address = parseAddress(text) ?? (ipaddr.isValid(text) ? ipaddr.parse(text) : null);
      if (address === null) {
        const reason = `${host} resolved to "${text}", which is not an IP address`;
        return { host, address: text, range: 'unknown', reason, hint: '', message: reason };
      }
      const refusal = this.refusal(host, address);
      if (refusal) return refusal;
    }
    return null;
  }

  private refusal(host: string, address: Address): OutboundRefusal | null {
    const range = this.refusedRange(address);
    if (range === null) return null;
    const shown = address.toString();
    const literal = parseAddress(host) !== null;
    const at = literal ? shown : `${host} (${shown})`;
    const allow = literal ? shown : `${shown} or ${host}`;
    const reason = `${at} is ${describeRange(range)}`;
    const hint = `Vigil calls private and reserved addresses only when ${OUTBOUND_ALLOW_VARIABLE} lists them: add ${allow}, or its network`;
    return { host, address: shown, range, reason, hint, message: `${reason}; ${hint}` };
  }
}

function normaliseNetwork([address, bits]: [Address, number]): [Address, number] {
  // `::ffff:10.0.0.0/104` is written for IPv4 hosts; keep it comparable with IPv4 addresses.
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  return [address, bits];
}
