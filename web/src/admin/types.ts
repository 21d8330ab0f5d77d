import type { paths } from '../api/schema';

/** The shapes /admin uses, derived from the generated schema. */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type User = Json<paths['/api/v1/users']['get']['responses'][200]>['users'][number];
export type Team = Json<paths['/api/v1/teams']['get']['responses'][200]>['teams'][number];
export type AuditPage = Json<paths['/api/v1/audit']['get']['responses'][200]>;
export type AuditEntry = AuditPage['entries'][number];
export type Role = 'viewer' | 'responder' | 'admin';
