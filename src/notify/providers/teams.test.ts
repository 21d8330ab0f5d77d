import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamsPeer, type TeamsPeer } from '../../../test/peers/teams-peer.js';
import type { ProviderError, SendRequest } from '../channels.js';
import { renderMessage } from '../templates/render.js';
import { sampleContext } from '../templates/sample-context.js';
import { createTeamsProvider } from './teams.js';
import { TEST_OUTBOUND } from '../../test-support/outbound.js';

let teams: TeamsPeer;
const message = renderMessage('teams', sampleContext());
const request = (to: string): SendRequest => ({ to, message, idempotencyKey: 'dlv_1' });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the send should fail'), (error: unknown) => error as ProviderError);

beforeAll(async () => {
  teams = await startTeamsPeer();
});
afterAll(() => teams.close());

describe('teams provider', () => {
  it('posts the card in a message envelope with one Adaptive Card attachment; 202 is success', async () => {
    expect(await createTeamsProvider({ outbound: TEST_OUTBOUND }).send(request(teams.webhookUrl))).toEqual({ externalId: null });
    expect(JSON.parse(teams.requests.at(-1)?.body ?? '')).toEqual({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.channel === 'teams' ? message.card : null }],
    });
    expect(teams.requests.at(-1)?.headers['content-type']).toBe('application/json');
    expect(teams.cards.at(-1)).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
  });

  it('fails permanently for a URL whose signature is wrong, without the secret in the error', async () => {
    const wrong = teams.webhookUrl.replace(/sig=[^&]+/, 'sig=forgedsecret');
    const error = await failure(createTeamsProvider({ outbound: TEST_OUTBOUND }).send(request(wrong)));
    expect(error).toMatchObject({ permanent: true, providerCode: '401' });
    expect(error.message).not.toContain('sig=');
  });

  it.each([429, 500, 502])('fails transiently on %i', async (status) => {
    teams.failNext(1, status);
    expect(await failure(createTeamsProvider({ outbound: TEST_OUTBOUND }).send(request(teams.webhookUrl)))).toMatchObject({ permanent: false, providerCode: String(status) });
  });

  it('fails permanently on 400', async () => {
    teams.failNext(1, 400);
    expect(await failure(createTeamsProvider({ outbound: TEST_OUTBOUND }).send(request(teams.webhookUrl)))).toMatchObject({ permanent: true, providerCode: '400' });
  });
});
