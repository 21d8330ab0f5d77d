import { Alert, Anchor, Badge, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { useMe } from '../api/queries';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { SafeMarkdown } from '../ui/SafeMarkdown';
import { ActionItemDialog } from './ActionItemDialog';
import { ActionItemList } from './ActionItemList';
import { downloadMarkdown, formatSeconds, PM_STATUS_LABEL, usePeople, usePostmortem, useReview, useSimilarToPostmortem, useUpdatePostmortem, type Postmortem, type PostmortemPatch } from './postmortem-queries';

const SECTIONS = [
  { key: 'summary', title: 'Summary', hint: 'What happened, for someone who was not there, in two or three sentences.' },
  { key: 'root_cause', title: 'Root cause', hint: 'Why it happened. Systems and conditions, not people: blameless.' },
  { key: 'went_well', title: 'What went well', hint: 'What to keep doing.' },
  { key: 'went_wrong', title: 'What went wrong', hint: 'What slowed detection, response or recovery.' },
  { key: 'lessons', title: 'Lessons learned', hint: 'What the organisation now knows.' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

/** One postmortem (`/postmortems/{id}`): facts, curated timeline, sections in Markdown, review and export. */
export function PostmortemPage() {
  const { id = '' } = useParams();
  const postmortem = usePostmortem(id);
  return (
    <PageState query={postmortem} notFound={<NotFound />}>
      {(data) => <PostmortemView postmortem={data} />}
    </PageState>
  );
}

function NotFound() {
  return (
    <Stack gap="md">
      <PageHeading title="Postmortem not found">Postmortem not found</PageHeading>
      <EmptyNotice title="There is no such postmortem">It may have been deleted. <Anchor component={Link} to="/postmortems">See all postmortems</Anchor></EmptyNotice>
    </Stack>
  );
}

function refusalText(error: unknown): string | null {
  if (error === null || error === undefined) return null;
  return error instanceof ApiError ? error.message : String(error);
}

function PostmortemView({ postmortem }: { postmortem: Postmortem }) {
  const me = useMe();
  const update = useUpdatePostmortem(postmortem.id);
  const [exportError, setExportError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const canWrite = me.data?.role !== 'viewer';
  const editable = canWrite && postmortem.status !== 'published';
  const save = (patch: Omit<PostmortemPatch, 'version'>) => update.mutateAsync({ version: postmortem.version, ...patch });
  const error = refusalText(update.error);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge size="lg" variant={postmortem.status === 'published' ? 'light' : 'outline'} styles={{ root: { textTransform: 'none' } }}>{PM_STATUS_LABEL[postmortem.status]}</Badge>
          <Text size="sm" c="dimmed">
            Postmortem of {postmortem.incidents.map((i, index) => <span key={i.number}>{index > 0 && ', '}<Anchor component={Link} to={`/incidents/${i.number}`}>#{i.number}</Anchor></span>)}
            {postmortem.owner ? ` · owner ${postmortem.owner.name}` : ''}
          </Text>
        </Group>
        <PageHeading title={postmortem.title}>{postmortem.title}</PageHeading>
      </Stack>
      <Group gap="sm" wrap="wrap">
        <Button variant="default" mih={44} onClick={() => void downloadMarkdown(postmortem.id, postmortem.title).then(() => setExportError(null), (e: unknown) => setExportError(String(e)))}>Export Markdown</Button>
        {exportError && <Text size="sm" c="red" role="alert">{exportError}</Text>}
      </Group>
      {error && <Alert color="red" variant="light" role="alert" title="Vigil refused"><Text size="sm">{error}</Text></Alert>}

      <Facts postmortem={postmortem} />
      <ReviewPanel postmortem={postmortem} canWrite={canWrite} isAdmin={me.data?.role === 'admin'} myId={me.data?.user?.id ?? null} save={save} />

      <Section title="Timeline">
        <CuratedTimeline postmortem={postmortem} editable={editable} save={save} />
      </Section>

      {SECTIONS.map((section) => (
        <SectionEditor key={section.key} title={section.title} hint={section.hint} value={postmortem[section.key]} editable={editable} onSave={(text) => save({ [section.key]: text } as Record<SectionKey, string>)} />
      ))}

      <Section title={`Action items (${postmortem.action_items.length})`} action={canWrite ? <Button mih={44} variant="default" onClick={() => setAdding(true)}>Add action item</Button> : null}>
        <ActionItemList items={postmortem.action_items} canEdit={canWrite} showPostmortem={false} />
      </Section>
      {adding && <ActionItemDialog opened postmortemId={postmortem.id} onClose={() => setAdding(false)} />}
      <SimilarIncidents postmortem={postmortem} />
    </Stack>
  );
}

/** "This same issue happened 6 months ago": earlier incidents like this one, with what was promised then. */
function SimilarIncidents({ postmortem }: { postmortem: Postmortem }) {
  const similar = useSimilarToPostmortem(postmortem);
  return (
    <Section title="Similar incidents">
      {similar.isPending ? <Text size="sm" c="dimmed">Looking…</Text> : similar.isError ? <Text size="sm" role="alert">{refusalText(similar.error)}</Text> : similar.data.length === 0 ? (
        <Text size="sm" c="dimmed">None on this service in the past year.</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {similar.data.map((s) => (
            <Paper key={s.number} withBorder p="sm" component="li">
              <Anchor component={Link} to={`/incidents/${s.number}`} fw={700} size="sm">#{s.number} {s.title}</Anchor>
              <Text size="xs" c="dimmed">{s.triggered_at.slice(0, 10)} · {s.why}</Text>
              {s.postmortem && <Text size="xs">Postmortem: <Anchor component={Link} to={`/postmortems/${s.postmortem.id}`}>{s.postmortem.title}</Anchor></Text>}
              {s.open_action_items.length > 0 && <Text size="xs" fw={600}>Still open from then: {s.open_action_items.map((i) => i.title).join('; ')}</Text>}
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={id}>{title}</Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">{label}</Text>
      <Text size="sm" fw={600} component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}

function Facts({ postmortem }: { postmortem: Postmortem }) {
  const { facts } = postmortem;
  return (
    <Section title="Incident summary">
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" component="dl" m={0}>
          <Fact label="Date">{facts.date.slice(0, 10)} {facts.date.slice(11, 16)} UTC</Fact>
          <Fact label="Duration">{formatSeconds(facts.duration_seconds)}</Fact>
          <Fact label="Severity">{facts.severity.id} ({facts.severity.name}){facts.severity_time.length > 1 ? ` · ${facts.severity_time.map((s) => `${formatSeconds(s.seconds)} at ${s.id}`).join(', ')}` : ''}</Fact>
          <Fact label="Impact">{facts.impact.start.slice(11, 16)}–{facts.impact.end.slice(11, 16)} UTC ({formatSeconds(Math.round(facts.impact.minutes * 60))})</Fact>
          <Fact label="Estimated cost">{facts.cost ? `${facts.cost.amount.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${facts.cost.currency}` : 'not estimated'}</Fact>
          <Fact label="Time to detect">{formatSeconds(facts.ttd_seconds, 'unknown (impact start not known)')}</Fact>
          <Fact label="Time to acknowledge">{formatSeconds(facts.tta_seconds, 'nobody acknowledged')}</Fact>
          <Fact label="Time to resolve">{formatSeconds(facts.ttr_seconds)}</Fact>
          <Fact label="Responders">{facts.responders.length === 0 ? 'none recorded' : facts.responders.map((r) => `${r.name}${r.roles.length ? ` (${r.roles.join(', ')})` : ''}`).join(', ')}</Fact>
          {facts.paged_no_action.length > 0 && <Fact label="Paged, no action">{facts.paged_no_action.map((p) => p.name).join(', ')}</Fact>}
        </SimpleGrid>
        {facts.cost && <Text size="xs" ff="monospace" mt="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{facts.cost.formula}</Text>}
      </Paper>
    </Section>
  );
}

function ReviewPanel({ postmortem, canWrite, isAdmin, myId, save }: { postmortem: Postmortem; canWrite: boolean; isAdmin: boolean; myId: string | null; save: (patch: Omit<PostmortemPatch, 'version'>) => Promise<unknown> }) {
  const people = usePeople();
  const review = useReview(postmortem.id);
  const [note, setNote] = useState('');
  const reviewerIds = postmortem.reviewers.map((r) => r.user);
  const amReviewer = myId !== null && reviewerIds.includes(myId);
  const run = (work: () => Promise<unknown>) => void work().catch(() => undefined);
  const decision = { pending: 'waiting', approved: 'approved', changes_requested: 'asked for changes' } as const;
  return (
    <Section title="Review">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <MultiSelect
            label="Reviewers"
            description={postmortem.status === 'draft' ? 'Review needs a root cause and at least one reviewer' : undefined}
            data={people.users}
            value={reviewerIds}
            onChange={(value) => run(() => save({ reviewers: value }))}
            disabled={!canWrite || postmortem.status === 'published'}
            searchable
            clearable={false}
          />
          {postmortem.reviewers.length > 0 && (
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {postmortem.reviewers.map((r) => <Text key={r.user} size="sm" component="li">{r.name}: {decision[r.decision]}{r.note ? ` — “${r.note}”` : ''}</Text>)}
            </Stack>
          )}
          {postmortem.published_by && <Text size="sm">Published by {postmortem.published_by}</Text>}
          {canWrite && (
            <Group gap="sm" wrap="wrap">
              {postmortem.status === 'draft' && <Button mih={44} onClick={() => run(() => save({ status: 'in_review' }))}>Send for review</Button>}
              {postmortem.status === 'in_review' && <Button mih={44} onClick={() => run(() => save({ status: 'published' }))}>Publish</Button>}
              {postmortem.status === 'in_review' && <Button mih={44} variant="default" onClick={() => run(() => save({ status: 'draft' }))}>Back to draft</Button>}
              {postmortem.status === 'published' && isAdmin && <Button mih={44} variant="default" onClick={() => run(() => save({ status: 'draft' }))}>Reopen as draft</Button>}
            </Group>
          )}
          {amReviewer && postmortem.status === 'in_review' && (
            <Stack gap="xs">
              <Textarea label="Review note (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
              <Group gap="sm">
                <Button mih={44} color="green" onClick={() => run(() => review.mutateAsync({ version: postmortem.version, decision: 'approve', ...(note.trim() ? { note: note.trim() } : {}) }))}>Approve</Button>
                <Button mih={44} variant="default" onClick={() => run(() => review.mutateAsync({ version: postmortem.version, decision: 'request_changes', ...(note.trim() ? { note: note.trim() } : {}) }))}>Request changes</Button>
              </Group>
              {review.error && <Text size="sm" c="red" role="alert">{refusalText(review.error)}</Text>}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Section>
  );
}

type Line = Postmortem['timeline'][number];
const plain = (line: Line) => ({ at: line.at, text: line.text, hidden: line.hidden, source_seq: line.source_seq, incident: line.incident });

/** The key timeline as the export will show it: hide a line, reword it, or add one at a time of day (UTC). */
function CuratedTimeline({ postmortem, editable, save }: { postmortem: Postmortem; editable: boolean; save: (patch: Omit<PostmortemPatch, 'version'>) => Promise<unknown> }) {
  const lines = postmortem.timeline;
  const [rewording, setRewording] = useState<number | null>(null);
  const [wording, setWording] = useState('');
  const [newDate, setNewDate] = useState(postmortem.facts.date.slice(0, 10));
  const [newTime, setNewTime] = useState('');
  const [newText, setNewText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const write = (next: ReturnType<typeof plain>[]) => save({ timeline: next });
  const toggle = (index: number) => void write(lines.map((line, i) => ({ ...plain(line), hidden: i === index ? !line.hidden : line.hidden }))).catch(() => undefined);
  const reword = (index: number) => void write(lines.map((line, i) => (i === index ? { ...plain(line), text: wording.trim() } : plain(line)))).then(() => setRewording(null), () => undefined);
  const add = () => {
    const at = Date.parse(`${newDate}T${newTime}:00Z`);
    if (!/^\d\d:\d\d$/.test(newTime) || Number.isNaN(at) || newText.trim() === '') {
      setProblem('Give the line a date, a time as HH:MM (UTC) and a text.');
      return;
    }
    setProblem(null);
    void write([...lines.map(plain), { at: new Date(at).toISOString(), text: newText.trim(), hidden: false, source_seq: null, incident: null }]).then(() => {
      setNewTime('');
      setNewText('');
    }, () => undefined);
  };
  let day = '';
  return (
    <Stack gap="sm">
      {lines.length === 0 && <Text size="sm" c="dimmed">No key entries.</Text>}
      <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {lines.map((line, index) => {
          const newDay = line.at.slice(0, 10) !== day;
          day = line.at.slice(0, 10);
          const label = `${line.at.slice(11, 16)} ${line.text}`;
          return (
            <li key={`${line.at}-${index}`}>
              {newDay && <Text size="xs" fw={700} mt="xs">{day}</Text>}
              {rewording === index ? (
                <Group gap="xs" wrap="wrap" align="flex-end">
                  <TextInput label={`Reword the ${line.at.slice(11, 16)} line`} value={wording} onChange={(e) => setWording(e.currentTarget.value)} maxLength={2000} style={{ flex: 1, minWidth: 200 }} data-autofocus />
                  <Button mih={44} onClick={() => reword(index)} disabled={wording.trim() === ''}>Save line</Button>
                  <Button mih={44} variant="default" onClick={() => setRewording(null)}>Cancel</Button>
                </Group>
              ) : (
                <Group gap="xs" wrap="nowrap" align="center" style={{ opacity: line.hidden ? 0.6 : 1 }}>
                  <Text size="sm" ff="monospace" style={{ flexShrink: 0 }}>{line.at.slice(11, 16)}</Text>
                  <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', textDecoration: line.hidden ? 'line-through' : undefined }}>
                    {line.text}{line.hidden && ' (hidden from the export)'}{line.source_seq === null && ' (added)'}
                  </Text>
                  {editable && <Button variant="subtle" size="compact-sm" mih={44} onClick={() => { setWording(line.text); setRewording(index); }} aria-label={`Reword ${label}`}>Reword</Button>}
                  {editable && <Button variant="subtle" size="compact-sm" mih={44} onClick={() => toggle(index)} aria-label={`${line.hidden ? 'Show' : 'Hide'} ${label}`}>{line.hidden ? 'Show' : 'Hide'}</Button>}
                </Group>
              )}
            </li>
          );
        })}
      </Stack>
      {editable && (
        <Group gap="xs" wrap="wrap" align="flex-end">
          <TextInput label="Date" type="date" value={newDate} onChange={(e) => setNewDate(e.currentTarget.value)} w={160} />
          <TextInput label="Time (UTC)" placeholder="14:32" value={newTime} onChange={(e) => setNewTime(e.currentTarget.value)} w={110} />
          <TextInput label="What happened" value={newText} onChange={(e) => setNewText(e.currentTarget.value)} maxLength={2000} style={{ flex: 1, minWidth: 200 }} />
          <Button mih={44} variant="default" onClick={add}>Add line</Button>
        </Group>
      )}
      {problem && <Text size="sm" c="red" role="alert">{problem}</Text>}
    </Stack>
  );
}

function SectionEditor({ title, hint, value, editable, onSave }: { title: string; hint: string; value: string; editable: boolean; onSave: (text: string) => Promise<unknown> }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [busy, setBusy] = useState(false);
  const start = () => {
    setDraft(value);
    setEditing(true);
  };
  const submit = async () => {
    setBusy(true);
    try {
      await onSave(draft);
      setEditing(false);
    } catch {
      // The refusal is shown at the top of the page; the text stays here to save again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={title} action={editable && !editing ? <Button variant="default" mih={44} onClick={start} aria-label={`Edit ${title.toLowerCase()}`}>Edit</Button> : null}>
      {editing ? (
        <Stack gap="xs">
          <Tabs defaultValue="write" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">Write</Tabs.Tab>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="xs">
              <Textarea label={`${title} (Markdown)`} description={hint} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} autosize minRows={5} maxRows={24} maxLength={65_536} data-autofocus />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="xs">
              <Paper withBorder p="sm"><WrittenMarkdown markdown={draft} /></Paper>
            </Tabs.Panel>
          </Tabs>
          <Group gap="sm">
            <Button mih={44} loading={busy} onClick={() => void submit()}>Save {title.toLowerCase()}</Button>
            <Button mih={44} variant="default" onClick={() => setEditing(false)} disabled={busy}>Cancel</Button>
          </Group>
        </Stack>
      ) : (
        <Paper withBorder p="sm"><WrittenMarkdown markdown={value} empty="Not written yet." /></Paper>
      )}
    </Section>
  );
}

/** A section as written, or a quiet word that nothing is yet. */
function WrittenMarkdown({ markdown, empty = 'Nothing written yet.' }: { markdown: string; empty?: string }) {
  if (markdown.trim() === '') return <Text size="sm" c="dimmed" fs="italic">{empty}</Text>;
  return <SafeMarkdown markdown={markdown} />;
}
