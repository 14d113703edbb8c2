// Outgoing requests must not reach the service's own network: loopback, private ranges, link-local
// (cloud metadata lives at 169.254.169.254), carrier-grade NAT, and the like. Addresses are checked
// after DNS resolution, and the connection is made to the address that was checked, so a name that
// resolves differently a moment later (DNS rebinding) cannot slip through.
import { BlockList, isIP } from "node:net";
import { hostOf } from "../common/validation.js";
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from "node:dns";

/**
 * The message names neither the address nor whether the name resolved: it is recorded on the tenant's
 * delivery, and "resolves to 10.1.2.3" (or "does not resolve", against a blocked name) would make the
 * service a DNS oracle for the internal network. The host and the address (null: the name does not
 * exist) stay on the error, for the service's own log.
 */
export class BlockedDestinationError extends Error {
  readonly code = "BLOCKED_DESTINATION";
  constructor(
    readonly host: string,
    readonly address: string | null,
  ) {
    super(
      "The destination is not allowed: it does not resolve to a public address the service may connect to (see ALLOW_PRIVATE_DESTINATIONS).",
    );
  }
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT (also Alibaba Cloud's metadata address)
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback, and IPv4-compatible (::a.b.c.d, which embeds an IPv4 address)
  ["2001::", 32], // Teredo: embeds an IPv4 address
  ["2002::", 16], // 6to4: embeds an IPv4 address
  ["64:ff9b::", 96], // NAT64: embeds an IPv4 address
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7], // unique local (AWS metadata's fd00:ec2::254 too)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

export function isBlockedAddress(address: string): boolean {
  const mapped = IPV4_MAPPED.exec(address)?.[1];
  if (mapped) return isBlockedAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Throws BlockedDestinationError when the URL's host is an IP literal in a blocked range. */
export function checkLiteralHost(url: URL): void {
  const host = hostOf(url);
  if (isIP(host) !== 0 && isBlockedAddress(host)) throw new BlockedDestinationError(url.hostname, host);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net.connect (undici passes it through) that refuses names resolving to a blocked
 * address, and names that do not exist alike (ENOTFOUND), so that the two read the same. A lookup that
 * failed for now (EAI_AGAIN) stays a network error, retried. IP literals never reach a lookup;
 * `checkLiteralHost` covers them.
 */
export function guardedLookup(
  hostname: string,
  options: { family?: number | string; all?: boolean },
  callback: LookupCallback,
): void {
  const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : Number(options.family ?? 0);
  const lookupOptions: LookupAllOptions = { all: true, family: family === 4 || family === 6 ? family : 0 };
  dnsLookup(hostname, lookupOptions, (error, addresses) => {
    // The callback is typed for errno errors; undici passes any error on, and http-sender looks for this one.
    if (error?.code === "ENOTFOUND")
      return callback(new BlockedDestinationError(hostname, null) as NodeJS.ErrnoException, []);
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isBlockedAddress(entry.address));
    if (refused) return callback(new BlockedDestinationError(hostname, refused.address) as NodeJS.ErrnoException, []);
    const first = addresses[0];
    if (options.all) return callback(null, addresses);
    if (!first) return callback(new BlockedDestinationError(hostname, null) as NodeJS.ErrnoException, []);
    callback(null, first.address, first.family);
  });
}

/**
 * The address to connect to for `url`'s host when it must be public: an IP literal as it is, a name
 * resolved and checked (guardedLookup). For clients that take no `lookup` (brokers'): they connect to
 * the address returned, so a name cannot resolve differently between the check and the connection.
 */
export function checkedAddress(url: URL): Promise<string> {
  const host = hostOf(url);
  if (isIP(host) !== 0) {
    if (isBlockedAddress(host)) return Promise.reject(new BlockedDestinationError(url.hostname, host));
    return Promise.resolve(host);
  }
  return new Promise((resolve, reject) =>
    guardedLookup(host, {}, (error, address) => (error ? reject(error) : resolve(String(address)))),
  );
}
