import type { Static } from '@sinclair/typebox';
import type { ApplyResult, ConfigSection, Located } from '../section.js';
import { escalationPoliciesSection } from './escalation-policies.js';
import { maintenanceWindowsSection } from './maintenance-windows.js';
import { heartbeatsSection } from './heartbeats.js';
import { runbooksSection } from './runbooks.js';
import { incidentRolesSection } from './incident-roles.js';
import { schedulesSection } from './schedules.js';
import { servicesSection } from './services.js';
import { severitiesSection } from './severities.js';
import { teamsSection } from './teams.js';
import { usersSection } from './users.js';

/**
 * Every section of `vigil.yaml`, in dependency order: a section may refer only to sections
 * before it. Apply runs in this order, prune in the reverse.
 */
export const SECTIONS = [severitiesSection, usersSection, teamsSection, schedulesSection, escalationPoliciesSection, servicesSection, heartbeatsSection, runbooksSection, incidentRolesSection, maintenanceWindowsSection] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
export type ItemKind = (typeof SECTIONS)[number]['kinds'][number];
export type ConfigApplyResult = ApplyResult<ItemKind>;

/** The items of each section the file has, typed from the section's schema. */
export type ConfigSections = {
  readonly [S in (typeof SECTIONS)[number] as S['key']]?: readonly Located<Static<S['item']>>[];
};

/** The same list, seen without the per-section types, for code that treats sections alike. */
export const ALL_SECTIONS: readonly ConfigSection[] = SECTIONS;
