import { Type, type Static } from '@sinclair/typebox';
import type { Actor } from '../../audit/audit-log.js';
import type { Kysely } from 'kysely';
import { formatDuration, parseDuration } from '../../core/duration.js';
import type { Schema } from '../../core/db/schema.js';
import { CHANNELS } from '../../notify/channels.js';
import { addressProblem, API_ID, destinationRefusal, managedBy } from '../../notify/contact-methods.js';
import { deleteContactMethods, insertContactMethod, replaceNotificationRules, updateContactMethod } from '../../notify/contact-store.js';
import type { ConfigPath } from '../config-document.js';
import { Id, Name, NonNegativeDuration, Strict } from '../fields.js';
import { byId, changedFields, type ApplyContext, type ApplyResult, type CheckContext, type Located } from '../section.js';
import { didYouMean } from '../../core/suggest.js';

/**
 * A user's contact methods and notification rules in `vigil.yaml`. Methods the file declares
 * are trusted (an admin vouches for them) and so verified on apply. Methods people add through
 * the API carry generated ids (see `notify/contact-methods.ts`) and are left alone, except under
 * `--prune`. `notification_rules`, when present, is the user's whole list in order; absent, the
 * rules are left as they are (people edit their own), again except under `--prune`.
 */
const ContactMethodItem = Strict({
  id: Id(),
  type: Type.Union(CHANNELS.map((c) => Type.Literal(c))),
  address: Type.String({ minLength: 1 }),
  name: Type.Optional(Name()),
});

const RuleItem = Strict({
  contact_method: Id(),
  /** How long after the page this method is used; 0m: at once. */
  after: NonNegativeDuration(),
  /** Only for incidents of this urgency; both when left out. */
  urgency: Type.Optional(Type.Union([Type.Literal('high'), Type.Literal('low')])),
});

export const CONTACT_FIELDS = {
  contact_methods: Type.Optional(Type.Array(ContactMethodItem)),
  notification_rules: Type.Optional(Type.Array(RuleItem)),
};

type ContactMethodConfig = Static<typeof ContactMethodItem>;
type RuleConfig = Static<typeof RuleItem>;

interface UserContacts {
  readonly id: string;
  readonly contact_methods?: readonly ContactMethodConfig[] | undefined;
  readonly notification_rules?: readonly RuleConfig[] | undefined;
}

export function checkUserContacts(items: readonly Located<UserContacts>[], context: CheckContext): void {
  const owners = new Map<string, { user: string; path: ConfigPath }>();
  for (const { value, path } of items) {
    for (const [index, method] of (value.contact_methods ?? []).entries()) {
      const at: ConfigPath = [...path, 'contact_methods', index];
      const seen = owners.get(method.id);
      if (seen) {
        context.error([...at, 'id'], `duplicate contact method id "${method.id}" in ${context.label(at)}: first defined at line ${context.line(seen.path)} ${context.where(seen.path.slice(0, -1))}`, {
          hint: 'contact method ids are unique across all users',
        });
      } else {
        owners.set(method.id, { user: value.id, path: [...at, 'id'] });
      }
      if (API_ID.test(method.id)) {
        context.error([...at, 'id'], `invalid id in ${context.label(at)}: ids of the form cm_<32 hex digits> belong to contact methods added through the API`, {
          hint: `choose a name of your own, e.g. ${value.id}-${method.type}`,
        });
      }
      if (method.type === 'push') {
        // A subscription is made by the browser for Vigil's key; the file cannot know one (nor should it hold its keys).
        context.error([...at, 'type'], `push contact methods cannot be written in vigil.yaml (${context.label(at)})`, {
          hint: `a browser push subscription is made by the browser: ${value.id} adds it from the console (POST /api/v1/users/${value.id}/contact-methods with the subscription)`,
        });
        continue;
      }
      const problem = addressProblem(method.type, method.address, 'person');
      if (problem) {
        context.error([...at, 'address'], `invalid address in ${context.label(at)}: ${JSON.stringify(method.address)} is not ${problem.expected}`, { hint: problem.hint });
        continue;
      }
      const refusal = destinationRefusal(method.type, method.address, 'person', context.outbound);
      if (refusal) context.refusedDestination([...at, 'address'], `address not allowed in ${context.label(at)}: ${refusal.reason}`, { hint: refusal.hint });
    }
  }
  for (const { value, path } of items) {
    const own = (value.contact_methods ?? []).map((m) => m.id);
    for (const [index, rule] of (value.notification_rules ?? []).entries()) {
      if (own.includes(rule.contact_method)) continue;
      const at: ConfigPath = [...path, 'notification_rules', index, 'contact_method'];
      const owner = owners.get(rule.contact_method)?.user;
      if (owner !== undefined) {
        context.error(at, `contact method "${rule.contact_method}" in ${context.label(at.slice(0, -1))} belongs to user "${owner}"`, {
          hint: `a rule uses one of the user's own contact methods: ${own.length ? own.map((id) => `"${id}"`).join(', ') : 'define some under contact_methods:'}`,
        });
        continue;
      }
      context.error(at, `unknown contact method "${rule.contact_method}" in ${context.label(at.slice(0, -1))}`, {
        hint: didYouMean(rule.contact_method, own) ?? `define it under contact_methods: ${context.where(path)}`,
      });
    }
  }
}

type RuleKey = string;
const ruleKey = (r: { contact_method_id: string; delay_ms: number; urgency: string | null }): RuleKey => `${r.contact_method_id} ${r.delay_ms} ${r.urgency ?? '*'}`;

export interface ContactOutcome {
  /** Contact methods created, updated or deleted, in the order written. */
  readonly methods: readonly ApplyResult<'contact_method'>[];
  /** Users whose rules changed, directly or because a method they used was removed. */
  readonly rulesChanged: ReadonlySet<string>;
}

type Context = Pick<ApplyContext<string>, 'tx' | 'actor' | 'now' | 'prune' | 'error' | 'label' | 'where'>;

/**
 * Runs after the users are written. Returns undefined when a method id the file uses belongs to
 * a user the file does not list: taking it would silently take that person's pages away.
 */
export async function applyUserContacts(items: readonly Located<UserContacts>[], context: Context): Promise<ContactOutcome | undefined> {
  const { tx, now } = context;
  const listed = new Set(items.map((i) => i.value.id));
  const who = { actor: context.actor };
  const stored = await tx.selectFrom('contact_methods').selectAll().execute();
  const byIds = new Map(stored.map((m) => [m.id, m]));
  const wanted = items.flatMap(({ value, path }) =>
    (value.contact_methods ?? []).map((m, index) => ({ ...m, user_id: value.id, path: [...path, 'contact_methods', index, 'id'] as ConfigPath })),
  );
  let conflicts = false;
  for (const method of wanted) {
    const holder = byIds.get(method.id)?.user_id;
    if (holder === undefined || listed.has(holder)) continue;
    conflicts = true;
    context.error(method.path, `contact method id "${method.id}" ${context.where(method.path.slice(0, -1))} already belongs to user "${holder}", which this file does not list`, {
      hint: `choose another id, or list "${holder}" under users:`,
    });
  }
  if (conflicts) return undefined;

  const rulesBefore = await storedRules(tx, [...listed]);
  const wantedIds = new Map(wanted.map((m) => [m.id, m]));
  // A method that moves to another user is a new method: its deliveries and rules were the first owner's.
  const doomed = stored.filter((m) => listed.has(m.user_id) && (wantedIds.has(m.id) ? wantedIds.get(m.id)!.user_id !== m.user_id : context.prune || managedBy(m.id) === 'config'));
  const results: ApplyResult<'contact_method'>[] = [];
  await deleteContactMethods(tx, who, now, doomed);
  for (const m of doomed) if (!wantedIds.has(m.id)) results.push({ kind: 'contact_method', id: m.id, action: 'deleted', audited: true });

  for (const method of wanted) {
    const row = { type: method.type, address: method.address, name: method.name ?? null };
    const current = byIds.get(method.id);
    if (!current || doomed.includes(current)) {
      // The file vouches for the addresses it names: its methods are verified from the start.
      await insertContactMethod(tx, who, now, { id: method.id, user_id: method.user_id, ...row, verified: true });
      results.push({ kind: 'contact_method', id: method.id, action: current ? 'updated' : 'created', ...(current ? { changes: ['user'] } : {}), audited: true });
      continue;
    }
    const changes = changedFields({ type: [row.type, current.type], address: [row.address, current.address], name: [row.name, current.name] });
    // A changed address is verified at once, and so is one the file now names that waited for a code.
    const vouch = changes.includes('type') || changes.includes('address') || current.verified_at === null;
    await updateContactMethod(tx, who, now, current, { ...row, vouch });
    if (changes.length === 0 && current.verified_at === null) changes.push('verified');
    results.push(changes.length === 0 ? { kind: 'contact_method', id: method.id, action: 'unchanged' } : { kind: 'contact_method', id: method.id, action: 'updated', changes, audited: true });
  }

  await writeRules(context, items, who);
  const rulesAfter = await storedRules(tx, [...listed]);
  const rulesChanged = new Set([...listed].filter((user) => (rulesBefore.get(user) ?? []).join('\n') !== (rulesAfter.get(user) ?? []).join('\n')));
  return { methods: results, rulesChanged };
}

/** Each listed user's rules that the file states (or, under prune, all of them) become the file's list. */
async function writeRules(context: Context, items: readonly Located<UserContacts>[], who: Actor): Promise<void> {
  for (const { value } of items) {
    if (value.notification_rules === undefined && !context.prune) continue;
    const wanted = (value.notification_rules ?? []).map((r) => ({ contact_method: r.contact_method, delay_ms: parseDuration(r.after)!, urgency: r.urgency ?? null }));
    // The same list again writes nothing (the store compares).
    await replaceNotificationRules(context.tx, who, context.now, value.id, wanted);
  }
}

async function storedRules(db: Kysely<Schema>, users: readonly string[]): Promise<Map<string, RuleKey[]>> {
  const rules = new Map<string, RuleKey[]>();
  if (users.length === 0) return rules;
  const rows = await db.selectFrom('notification_rules').selectAll().where('user_id', 'in', [...users]).orderBy('user_id').orderBy('position').orderBy('id').execute();
  for (const row of rows) rules.set(row.user_id, [...(rules.get(row.user_id) ?? []), ruleKey(row)]);
  return rules;
}

/**
 * Each user's contact methods as the file wrote them (the file's methods only, by id), and
 * their rules when every rule uses one of those: rules on a method added through the API
 * cannot be written without it, so the user's rules are then left out and apply keeps them.
 */
export async function exportUserContacts(db: Kysely<Schema>): Promise<Map<string, { contact_methods?: ContactMethodConfig[]; notification_rules?: RuleConfig[] }>> {
  const methods = (await db.selectFrom('contact_methods').select(['id', 'user_id', 'type', 'address', 'name']).execute()).filter((m) => managedBy(m.id) === 'config').sort(byId);
  const rules = await db.selectFrom('notification_rules').selectAll().orderBy('user_id').orderBy('position').orderBy('id').execute();
  const users = new Set([...methods.map((m) => m.user_id), ...rules.map((r) => r.user_id)]);
  const result = new Map<string, { contact_methods?: ContactMethodConfig[]; notification_rules?: RuleConfig[] }>();
  for (const user of users) {
    const own = methods.filter((m) => m.user_id === user);
    const list = own.map((m): ContactMethodConfig => ({ id: m.id, type: m.type as ContactMethodConfig['type'], address: m.address, ...(m.name === null ? {} : { name: m.name }) }));
    const ruleRows = rules.filter((r) => r.user_id === user);
    const exportable = ruleRows.length > 0 && ruleRows.every((r) => own.some((m) => m.id === r.contact_method_id));
    const ruleList = ruleRows.map((r): RuleConfig => ({ contact_method: r.contact_method_id, after: formatDuration(r.delay_ms), ...(r.urgency === null ? {} : { urgency: r.urgency }) }));
    result.set(user, { ...(list.length ? { contact_methods: list } : {}), ...(exportable ? { notification_rules: ruleList } : {}) });
  }
  return result;
}
