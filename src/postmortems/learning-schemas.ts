import { Type, type TSchema } from '@sinclair/typebox';
import { CATEGORIES, ITEM_STATUSES, PRIORITIES } from './action-items.js';
import { MAX_SECTION_CHARS, POSTMORTEM_STATUSES } from './postmortem-store.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Named = Type.Object({ id: Type.String(), name: Type.String() });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const Id = Type.String({ minLength: 1, maxLength: 128 });
export const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD on the owner\'s calendar' });

export const ActionItemSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  owner: Named,
  team: Nullable(Named),
  due: Type.String({ description: 'YYYY-MM-DD on the owner\'s calendar' }),
  priority: literals(PRIORITIES),
  category: literals(CATEGORIES),
  status: literals(ITEM_STATUSES),
  overdue: Type.Boolean({ description: 'Unfinished, and its due date has passed on the owner\'s calendar' }),
  postmortem: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  incident: Nullable(Type.Object({ number: Type.Integer(), title: Type.String() })),
  external_url: Nullable(Type.String()),
  version: Type.Integer(),
  created_by: Type.String(),
  created_at: Timestamp,
  updated_at: Timestamp,
}, { $id: 'ActionItem' });

const Seconds = Nullable(Type.Integer());
const FactsSchema = Type.Object({
  incidents: Type.Array(Type.Object({ number: Type.Integer(), title: Type.String(), service: Nullable(Type.String()) })),
  date: Timestamp,
  duration_seconds: Type.Integer(),
  severity: Named,
  severity_time: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), seconds: Type.Integer() })),
  impact: Type.Object({ start: Timestamp, end: Timestamp, minutes: Type.Number() }),
  cost: Nullable(Type.Object({ amount: Type.Number(), amount_minor: Type.Integer(), currency: Type.String(), formula: Type.String() })),
  ttd_seconds: Seconds,
  tta_seconds: Seconds,
  ttr_seconds: Type.Integer(),
  responders: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), roles: Type.Array(Type.String()) })),
  paged_no_action: Type.Array(Named),
});

const TimelineLineSchema = Type.Object({
  at: Timestamp,
  text: Type.String(),
  incident: Nullable(Type.Integer()),
  source_seq: Nullable(Type.Integer()),
  hidden: Type.Boolean(),
});

const Reviewer = Type.Object({
  user: Type.String(),
  name: Type.String(),
  decision: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('changes_requested')]),
  note: Nullable(Type.String()),
  decided_at: Nullable(Timestamp),
});

const IncidentRefView = Type.Object({ number: Type.Integer(), title: Type.String() });

export const PostmortemSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: literals(POSTMORTEM_STATUSES),
  version: Type.Integer({ description: 'Send it back with every change; a stale one is refused with 409' }),
  owner: Nullable(Named),
  team: Nullable(Type.String()),
  incidents: Type.Array(IncidentRefView),
  facts: FactsSchema,
  timeline: Type.Array(TimelineLineSchema),
  summary: Type.String(),
  root_cause: Type.String(),
  went_well: Type.String(),
  went_wrong: Type.String(),
  lessons: Type.String(),
  reviewers: Type.Array(Reviewer),
  action_items: Type.Array(Type.Ref('ActionItem')),
  created_by: Type.String(),
  created_at: Timestamp,
  updated_at: Timestamp,
  published_at: Nullable(Timestamp),
  published_by: Nullable(Type.String()),
}, { $id: 'Postmortem' });

export const PostmortemSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: literals(POSTMORTEM_STATUSES),
  team: Nullable(Type.String()),
  owner: Nullable(Named),
  incidents: Type.Array(IncidentRefView),
  date: Timestamp,
  severity: Type.String(),
  open_action_items: Type.Integer(),
  updated_at: Timestamp,
});

const Section = Type.String({ maxLength: MAX_SECTION_CHARS, description: 'Markdown' });

export const CreatePostmortemBody = Type.Object({
  incidents: Type.Optional(Type.Array(Type.Union([Type.Integer({ minimum: 1 }), Type.String({ pattern: '^(\\d{1,15}|inc_[0-9a-f]{32})$' })]), { maxItems: 20, description: 'Other resolved incidents (merged ones) the postmortem covers' })),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  owner: Type.Optional(Nullable(Id)),
}, { additionalProperties: false });

export const PatchPostmortemBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  owner: Type.Optional(Nullable(Id)),
  summary: Type.Optional(Section),
  root_cause: Type.Optional(Section),
  went_well: Type.Optional(Section),
  went_wrong: Type.Optional(Section),
  lessons: Type.Optional(Section),
  timeline: Type.Optional(Type.Array(Type.Object({
    at: Timestamp,
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    hidden: Type.Optional(Type.Boolean()),
    source_seq: Type.Optional(Nullable(Type.Integer())),
    incident: Type.Optional(Nullable(Type.Integer())),
  }, { additionalProperties: false }), { maxItems: 500, description: 'The curated timeline, replacing the current one: hide lines, reword them, add timed lines' })),
  reviewers: Type.Optional(Type.Array(Id, { maxItems: 20 })),
  status: Type.Optional(literals(POSTMORTEM_STATUSES)),
  refresh_facts: Type.Optional(Type.Boolean({ description: 'Drafts only: work the facts and key timeline out again' })),
}, { additionalProperties: false });

export const ReviewBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  decision: Type.Union([Type.Literal('approve'), Type.Literal('request_changes')]),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
}, { additionalProperties: false });

export const PostmortemListQuery = Type.Object({
  status: Type.Optional(Type.String({ description: 'draft, in_review, published; comma-separate' })),
  team: Type.Optional(Id),
  service: Type.Optional(Id),
  owner: Type.Optional(Id),
  incident: Type.Optional(Type.Integer({ minimum: 1, description: 'The postmortem covering this incident number' })),
}, { additionalProperties: false });

export const NewActionItemBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 500 }),
  owner: Id,
  due: DateOnly,
  priority: literals(PRIORITIES),
  category: Type.String({ minLength: 1, maxLength: 40, description: `${CATEGORIES.join(', ')} (spaces for underscores too)` }),
  team: Type.Optional(Nullable(Id)),
  postmortem: Type.Optional(Nullable(Id)),
  incident: Type.Optional(Nullable(Type.Union([Type.Integer({ minimum: 1 }), Type.String({ pattern: '^(\\d{1,15}|inc_[0-9a-f]{32})$' })]))),
  external_url: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
}, { additionalProperties: false });

export const PatchActionItemBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  owner: Type.Optional(Id),
  due: Type.Optional(DateOnly),
  priority: Type.Optional(literals(PRIORITIES)),
  category: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  status: Type.Optional(literals(ITEM_STATUSES)),
  team: Type.Optional(Nullable(Id)),
  external_url: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
}, { additionalProperties: false });

export const ActionItemListQuery = Type.Object({
  status: Type.Optional(Type.String({ description: `${ITEM_STATUSES.join(', ')}; comma-separate` })),
  owner: Type.Optional(Id),
  team: Type.Optional(Id),
  overdue: Type.Optional(Type.Boolean({ description: 'Only unfinished items past their due date on their owner\'s calendar' })),
  postmortem: Type.Optional(Id),
}, { additionalProperties: false });

export const SimilarIncidentSchema = Type.Object({
  number: Type.Integer(),
  title: Type.String(),
  status: Type.String(),
  severity: Type.String(),
  triggered_at: Timestamp,
  resolved_at: Nullable(Timestamp),
  why: Type.String({ description: 'same alert signature; similar title (N % of words shared)' }),
  shares_signature: Type.Boolean(),
  title_score: Type.Number({ description: 'Jaccard similarity of the titles\' words, 0 to 1' }),
  postmortem: Nullable(Type.Object({ id: Type.String(), title: Type.String(), status: Type.String() })),
  open_action_items: Type.Array(Type.Ref('ActionItem')),
});
