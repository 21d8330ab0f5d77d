import { describe, expect, it } from 'vitest';
import { OutboundPolicy, parseAddress } from './outbound.js';

const strict = OutboundPolicy.strict();
const policy = (text: string) => {
  const parsed = OutboundPolicy.parse(text);
  expect(parsed.problems).toEqual([]);
  return parsed.policy;
};
const rangeOf = (p: OutboundPolicy, address: string) => p.refusedRange(parseAddress(address)!);

describe('the outbound policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'ipv4Mapped'],
    ['::ffff:8.8.8.8', 'ipv4Mapped'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
  ])('refuses %s (%s) by default', (address, range) => {
    expect(rangeOf(strict, address)).toBe(range);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(rangeOf(strict, address)).toBeNull();
  });

  it('allows what the list names: addresses, networks, and IPv4-mapped forms of them', () => {
    const allowed = policy('127.0.0.1, 10.0.0.0/8,fd00::/8');
    expect(rangeOf(allowed, '127.0.0.1')).toBeNull();
    expect(rangeOf(allowed, '127.0.0.2')).toBe('loopback');
    expect(rangeOf(allowed, '10.200.3.4')).toBeNull();
    expect(rangeOf(allowed, '11.0.0.1')).toBeNull(); // public anyway
    expect(rangeOf(allowed, '192.168.0.1')).toBe('private');
    expect(rangeOf(allowed, 'fd00::5')).toBeNull();
    expect(rangeOf(allowed, 'fc00::5')).toBe('uniqueLocal');
    expect(rangeOf(allowed, '::ffff:127.0.0.1')).toBeNull();
    expect(rangeOf(allowed, '::ffff:10.1.1.1')).toBeNull();
    expect(rangeOf(allowed, '::ffff:192.168.1.1')).toBe('ipv4Mapped');
    expect(rangeOf(allowed, '::1')).toBe('loopback');
  });

  it('allows host names as written, and every name below a *. entry', () => {
    const allowed = policy('hooks.internal.example *.corp.example');
    expect(allowed.allowsName('hooks.internal.example')).toBe(true);
    expect(allowed.allowsName('HOOKS.internal.example.')).toBe(true);
    expect(allowed.allowsName('other.internal.example')).toBe(false);
    expect(allowed.allowsName('a.b.corp.example')).toBe(true);
    expect(allowed.allowsName('corp.example')).toBe(false);
    expect(allowed.allowsName('evilcorp.example')).toBe(false);
    expect(allowed.checkResolved('hooks.internal.example', ['10.0.0.7'])).toBeNull();
    expect(allowed.checkResolved('elsewhere.example', ['10.0.0.7'])?.range).toBe('private');
  });

  it('says what is wrong with an entry it cannot read', () => {
    expect(OutboundPolicy.parse('10.0.0.0/33,exa mple,-bad-.example,ok.example').problems).toEqual([
      '"10.0.0.0/33" is not a CIDR network such as 10.0.0.0/8 or fd00::/8',
      '"-bad-.example" is not an address, a CIDR network or a host name',
    ]);
  });

  describe('when an address is written', () => {
    it.each([
      ['http://127.0.0.1:9999/pages', '127.0.0.1', 'loopback'],
      ['http://2130706433/', '127.0.0.1', 'loopback'],
      ['http://0x7f.0.0.1/', '127.0.0.1', 'loopback'],
      ['http://[::1]:8080/x', '::1', 'loopback'],
      ['http://[::ffff:7f00:1]/x', '::ffff:7f00:1', 'ipv4Mapped'],
      ['https://169.254.169.254/latest/meta-data', '169.254.169.254', 'linkLocal'],
      ['http://localhost:8080/hook', '127.0.0.1', 'loopback'],
      ['http://api.LOCALHOST/hook', '127.0.0.1', 'loopback'],
      ['https://user:pw@10.0.0.1/', '10.0.0.1', 'private'],
    ])('refuses %s', (url, address, range) => {
      expect(strict.checkUrl(url)).toMatchObject({ address, range });
    });

    it('names the range and how to allow it', () => {
      expect(strict.checkUrl('http://localhost:8080/hook')).toMatchObject({
        reason: 'localhost (127.0.0.1) is a loopback address (127.0.0.0/8, ::1)',
        hint: 'Vigil calls private and reserved addresses only when VIGIL_OUTBOUND_ALLOW lists them: add 127.0.0.1 or localhost, or its network',
      });
      expect(strict.checkUrl('http://10.0.0.1/')?.message).toBe(
        '10.0.0.1 is a private address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16); Vigil calls private and reserved addresses only when VIGIL_OUTBOUND_ALLOW lists them: add 10.0.0.1, or its network',
      );
    });

    it('leaves names to be checked when sending, and lets allowed ones through', () => {
      expect(strict.checkUrl('https://hooks.example.com/x')).toBeNull();
      expect(policy('127.0.0.1').checkUrl('http://127.0.0.1:9999/pages')).toBeNull();
      expect(policy('127.0.0.1').checkUrl('http://localhost:9999/pages')).toBeNull();
      expect(policy('localhost').checkUrl('http://localhost:9999/pages')).toBeNull();
    });
  });

  it('when sending, refuses a name if any address it resolves to is refused', () => {
    expect(strict.checkResolved('hooks.example.com', ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'])).toBeNull();
    expect(strict.checkResolved('rebind.example.com', ['93.184.215.14', '127.0.0.1'])).toMatchObject({ address: '127.0.0.1', range: 'loopback' });
    expect(policy('127.0.0.1').checkResolved('localhost', ['127.0.0.1', '::1'])).toMatchObject({ address: '::1', range: 'loopback' });
  });
});
