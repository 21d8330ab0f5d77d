import { OutboundPolicy } from '../core/outbound.js';

/**
 * The stand-in peers (`test/peers/`) listen on 127.0.0.1, which outgoing webhooks may not call
 * unless allowed: tests allow exactly that address, as `VIGIL_OUTBOUND_ALLOW=127.0.0.1` would.
 */
export const TEST_OUTBOUND = OutboundPolicy.parse('127.0.0.1').policy;
