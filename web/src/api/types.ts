import type { components, paths } from './schema';

/** Shorthands for the shapes the console uses most, all derived from the generated schema. */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type IncidentList = Json<paths['/api/v1/incidents']['get']['responses'][200]>;
export type Incident = Json<paths['/api/v1/incidents/{ref}']['get']['responses'][200]>;
export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>;
export type Severities = Json<paths['/api/v1/severities']['get']['responses'][200]>;
export type Schemas = components['schemas'];
