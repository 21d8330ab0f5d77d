import { describe, expect, it } from 'vitest';
import { handoffNextSteps, handoffProblem } from '../incidents/handoff-text.js';
import { buildHandoff, escapeMarkdown, type HandoffFacts } from './handoff.js';

const T0 = Date.parse('2026-03-02T14:30:00Z');
const MINUTE = 60_000;

/** The guide's database incident, scripted: what the responders did in its first 40 minutes. */
const scripted: HandoffFacts = {
  number: 42,
  title: 'Checkout database connections exhausted',
  severity: { id: 'SEV-1', name: 'Critical' },
  service: 'Checkout',
  status: 'acknowledged',
  commander: 'Alice',
  description: 'Orders fail at payment',
  triggeredAt: T0,
  now: T0 + 40 * MINUTE,
  latestStakeholderUpdate: { status: 'Identified', message: '30% of checkouts fail; no data lost', at: T0 + 20 * MINUTE },
  latestUpdate: { status: 'Monitoring', message: 'Pool raised to 200', at: T0 + 35 * MINUTE },
  costSoFar: null,
  timeline: [
    { at: T0, kind: 'triggered', actor: 'system', message: 'Triggered by alert' },
    { at: T0 + 2 * MINUTE, kind: 'acknowledged', actor: 'user:alice', message: 'Acknowledged by user:alice' },
    { at: T0 + 5 * MINUTE, kind: 'note', actor: 'user:alice', message: 'kubectl get pods shows 12 restarts; dashboard https://grafana.example.com/d/db?x=1.' },
    { at: T0 + 9 * MINUTE, kind: 'severity_changed', actor: 'user:alice', message: 'Severity changed from SEV-2 to SEV-1' },
    { at: T0 + 12 * MINUTE, kind: 'update_reminder', actor: 'system', message: 'Status update due' },
    { at: T0 + 15 * MINUTE, kind: 'note', actor: 'user:bob', message: '# Restarted\n- the pooler <script>alert(1)</script> [x](javascript:alert(1))' },
  ],
  alerts: [
    { summary: 'DB connections > 95%', status: 'triggered', links: ['https://grafana.example.com/d/db?x=1', 'javascript:alert(1)'] },
    { summary: 'Checkout 5xx', status: 'resolved', links: ['https://runbooks.example.com/db'] },
  ],
  roles: [
    { name: 'Incident commander', user: 'Alice' },
    { name: 'Communications lead', user: null },
  ],
  nextUpdateDueAt: T0 + 50 * MINUTE,
};

describe('the escalation hand-off', () => {
  it("is the guide's shape, filled from the incident, with Next steps needed left to the sender", () => {
    expect(buildHandoff(scripted).markdown).toBe(
      [
        '# Escalation hand-off: incident #42',
        '',
        '## Incident',
        '#42 Checkout database connections exhausted — SEV-1 (Critical), service Checkout, acknowledged, commander Alice',
        '',
        '## Started',
        '2026-03-02 14:30 UTC (40m ago)',
        '',
        '## Impact',
        '30% of checkouts fail; no data lost',
        '',
        "## What we've tried",
        '- 14:35 UTC — kubectl get pods shows 12 restarts; dashboard https://grafana.example.com/d/db?x=1. (user:alice)',
        '- 14:39 UTC — Severity changed from SEV-2 to SEV-1 (user:alice)',
        '- 14:45 UTC — \\# Restarted - the pooler \\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\) (user:bob)',
        '',
        '## Current state',
        '- Status: acknowledged',
        '- Latest update: Monitoring at 15:05 UTC — Pool raised to 200',
        '- Alerts: 1 firing, 1 resolved',
        '- Roles: Incident commander Alice; Communications lead unassigned',
        '- Next update due: 15:20 UTC',
        '',
        '## Evidence',
        '- <https://grafana.example.com/d/db?x=1>',
        '- <https://runbooks.example.com/db>',
        '- Firing: DB connections \\> 95%',
        '',
        '## Next steps needed',
        '',
      ].join('\n'),
    );
  });

  it('falls back to the description, then "Not stated", and shows a cost line only once one is known', () => {
    expect(buildHandoff({ ...scripted, latestStakeholderUpdate: null }).sections.impact).toBe('Orders fail at payment');
    expect(buildHandoff({ ...scripted, latestStakeholderUpdate: null, description: null }).sections.impact).toBe('Not stated');
    expect(buildHandoff(scripted).markdown).not.toContain('Cost so far');
    expect(buildHandoff({ ...scripted, costSoFar: '$252,000.00' }).markdown).toContain('## Impact\n30% of checkouts fail; no data lost\n\nCost so far: $252,000.00\n');
  });

  it('shows the last 20 things tried and counts the earlier ones; at most 15 links', () => {
    const notes = Array.from({ length: 25 }, (_, i) => ({ at: T0 + i * MINUTE, kind: 'note', actor: 'user:bob', message: `step ${i + 1} https://logs.example.com/${i}` }));
    const handoff = buildHandoff({ ...scripted, timeline: notes, alerts: [] });
    expect(handoff.sections.tried).toHaveLength(20);
    expect(handoff.sections.tried[0]).toBe('14:35 UTC — step 6 https://logs.example.com/5 (user:bob)');
    expect(handoff.sections.tried_earlier).toBe(5);
    expect(handoff.markdown).toContain("## What we've tried\n_5 earlier entries not shown._\n\n- 14:35 UTC");
    expect(handoff.sections.evidence).toHaveLength(15);
  });

  it('escapes what would become Markdown structure', () => {
    expect(escapeMarkdown('1. first\n> quote | cell *bold* `code`')).toBe('1\\. first \\> quote \\| cell \\*bold\\* \\`code\\`');
    expect(escapeMarkdown('- item')).toBe('\\- item');
  });

  it('can be sent only with its Next steps needed filled, and at most 16 KiB', () => {
    const draft = buildHandoff(scripted).markdown;
    expect(handoffNextSteps(draft)).toBe('');
    expect(handoffProblem(draft)).toBe('the hand-off\'s "Next steps needed" section is empty: say what the next responder is asked to do');
    const filled = `${draft}Fail over to the replica; DBA on call to confirm.\n`;
    expect(handoffNextSteps(filled)).toBe('Fail over to the replica; DBA on call to confirm.');
    expect(handoffProblem(filled)).toBeNull();
    expect(handoffProblem(`${filled}${'x'.repeat(16 * 1024)}`)).toBe('the hand-off is over 16 KiB; shorten it');
    expect(handoffNextSteps('## Next steps needed\n\n## Evidence\nlinks')).toBe('');
  });
});
