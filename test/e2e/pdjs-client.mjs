// PagerDuty's JavaScript client (@pagerduty/pdjs), pointed at Vigil as its users point it: by
// `server`, from which it builds https://<server>/v2/enqueue. Run by pagerduty-sdk.test.ts in a
// process of its own, so NODE_EXTRA_CA_CERTS (the test CA) applies from the start. Prints one
// JSON line per call: what was sent and PagerDuty's answer as the client read it.
import process from 'node:process';
import pdjs from '@pagerduty/pdjs';

const { trigger, acknowledge, resolve, change } = pdjs;
const server = process.env.VIGIL_SERVER; // host:port
const routingKey = process.env.ROUTING_KEY;
const dedupKey = process.env.DEDUP_KEY;

const report = async (call, promise) => {
  const answer = await promise;
  process.stdout.write(`${JSON.stringify({ call, status: answer.status, data: answer.data })}\n`);
};

await report('change', change({
  server,
  data: {
    routing_key: routingKey,
    payload: { summary: 'Deployed checkout v2.4.1', source: 'ci', timestamp: new Date().toISOString(), custom_details: { build: 812 } },
    links: [{ href: 'https://ci.example.com/builds/812', text: 'Build 812' }],
  },
}));
const payload = { summary: 'Checkout error rate above 5%', source: 'checkout-7f9c', severity: 'critical', component: 'checkout' };
await report('trigger', trigger({ server, data: { routing_key: routingKey, dedup_key: dedupKey, payload } }));
await report('acknowledge', acknowledge({ server, data: { routing_key: routingKey, dedup_key: dedupKey, payload } }));
await report('resolve', resolve({ server, data: { routing_key: routingKey, dedup_key: dedupKey, payload } }));
