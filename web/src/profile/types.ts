import type { paths } from '../api/schema';

/** The shapes the profile uses, derived from the generated schema. */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type ContactMethod = Json<paths['/api/v1/users/{id}/contact-methods']['get']['responses'][200]>['contact_methods'][number];
export type ContactMethodCreated = Json<paths['/api/v1/users/{id}/contact-methods']['post']['responses'][201]>;
export type NotificationRule = Json<paths['/api/v1/users/{id}/notification-rules']['get']['responses'][200]>['rules'][number];
export type Delivery = Json<paths['/api/v1/deliveries/{id}']['get']['responses'][200]>;
export type QueuedDelivery = Json<paths['/api/v1/users/{id}/test-page']['post']['responses'][202]>['deliveries'][number];
export type ApiToken = Json<paths['/api/v1/tokens']['get']['responses'][200]>['tokens'][number];
export type CalendarFeed = Json<paths['/api/v1/calendar-feeds']['get']['responses'][200]>['calendar_feeds'][number];
export type User = Json<paths['/api/v1/users/{id}']['get']['responses'][200]>;
