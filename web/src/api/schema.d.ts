// Generated from Vigil's OpenAPI document by `npm run api-schema`; do not edit.
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, newest first; filter by actor, entity, action and time */
        get: {
            parameters: {
                query?: {
                    /** @description e.g. login.failed, incident.acknowledge */
                    action?: string;
                    /** @description user:alice, token:ci-bot, cli, anonymous */
                    actor?: string;
                    cursor?: string;
                    /** @description an entity type (schedule) or type:id (schedule:primary) */
                    entity?: string;
                    limit?: number;
                    since?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                actor: string;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entity_id: string | null;
                                entity_type: string;
                                id: string;
                                source_ip: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password: sets the session cookie, answers the CSRF token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            /** Format: date-time */
                            expires_at: string;
                            user: {
                                email: string;
                                id: string;
                                name: string;
                                password_set: boolean;
                                role: string;
                                sso_linked: boolean;
                                teams: {
                                    role: string;
                                    team: string;
                                }[];
                                time_zone: string;
                            };
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of the cookie sent, if any */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one may log in here: password, and single sign-on with the button's label */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            oidc: {
                                login_url: string;
                                name: string;
                            } | null;
                            password: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: finishes the login, sets the session cookie, redirects */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start a single sign-on login: redirects to the provider */
        get: {
            parameters: {
                query?: {
                    return_to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calendar feeds not revoked: every one for admins, your own for others; never their secret addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar_feeds: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description who made it: user:<id> or token:<name> */
                                created_by: string;
                                id: string;
                                /** @description the schedule whose shifts it shows; null for a user feed */
                                schedule: string | null;
                                /** @description false once its creator was deleted or its service token revoked or expired: its address answers 404 */
                                serving: boolean;
                                /** @description the user whose shifts it shows on every schedule; null for a schedule feed */
                                user: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a calendar feed: its address answers 404 from now on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a contact method and the rules that use it (not one vigil.yaml defines) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, disable or enable a contact method */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description for push, only the push service's host (fcm.googleapis.com): the subscription's keys are never shown */
                            address: string;
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            /** Format: date-time */
                            disabled_at: string | null;
                            /** @description why Vigil disabled it, e.g. the push service reported the subscription gone (410); null when its owner did */
                            disabled_reason: string | null;
                            id: string;
                            /** @enum {string} */
                            managed_by: "config" | "api";
                            name: string | null;
                            type: string;
                            /** Format: date-time */
                            updated_at: string;
                            user: string;
                            /** Format: date-time */
                            verification_expires_at: string | null;
                            verified: boolean;
                            /** Format: date-time */
                            verified_at: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contact-methods/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new verification code; the previous one stops working
         * @description Codes are limited to 1 a minute per contact method, 5 an hour per user and 3 an hour per address (across all users); past a limit the answer is 429 VIGIL_VERIFICATION_RATE_LIMITED with Retry-After and details.next_code_at.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: string;
                            /** Format: date-time */
                            expires_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-methods/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a contact method with the code sent to it (5 tries, 15 minutes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description for push, only the push service's host (fcm.googleapis.com): the subscription's keys are never shown */
                            address: string;
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            /** Format: date-time */
                            disabled_at: string | null;
                            /** @description why Vigil disabled it, e.g. the push service reported the subscription gone (410); null when its owner did */
                            disabled_reason: string | null;
                            id: string;
                            /** @enum {string} */
                            managed_by: "config" | "api";
                            name: string | null;
                            type: string;
                            /** Format: date-time */
                            updated_at: string;
                            user: string;
                            /** Format: date-time */
                            verification_expires_at: string | null;
                            verified: boolean;
                            /** Format: date-time */
                            verified_at: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notification delivery with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            bundle: string | null;
                            channel: string;
                            contact_method: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            delivered_at: string | null;
                            external_id: string | null;
                            history: {
                                /** Format: date-time */
                                at: string;
                                detail: string | null;
                                status: string;
                            }[];
                            id: string;
                            incident: string | null;
                            kind: string;
                            last_error: string | null;
                            /** @description The page (GET /incidents/{ref}/pages) this delivery carries; null for tests, verifications and channel posts */
                            page: string | null;
                            provider: string | null;
                            /** Format: date-time */
                            sent_at: string | null;
                            status: string;
                            user: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed notification again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalation-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalation policies with their levels and the services using them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalation_policies: {
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                id: string;
                                levels: {
                                    escalate_after: string;
                                    position: number;
                                    targets: string[];
                                }[];
                                name: string;
                                repeat: number;
                                /** @description the services whose incidents the policy escalates */
                                services: string[];
                                team: string | null;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an escalation policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        id: string;
                        levels: {
                            /** @description a duration: 30s, 5m, 1h, 1h30m */
                            escalate_after: string;
                            targets: string[];
                        }[];
                        /** @description defaults to the id */
                        name?: string;
                        /** @description how many more times the policy runs after the first round; default 0 */
                        repeat?: number;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        team?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            description: string | null;
                            id: string;
                            levels: {
                                escalate_after: string;
                                position: number;
                                targets: string[];
                            }[];
                            name: string;
                            repeat: number;
                            /** @description the services whose incidents the policy escalates */
                            services: string[];
                            team: string | null;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalation-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One escalation policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            description: string | null;
                            id: string;
                            levels: {
                                escalate_after: string;
                                position: number;
                                targets: string[];
                            }[];
                            name: string;
                            repeat: number;
                            /** @description the services whose incidents the policy escalates */
                            services: string[];
                            team: string | null;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Replace an escalation policy's name, description, team, repeat and levels */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        levels: {
                            /** @description a duration: 30s, 5m, 1h, 1h30m */
                            escalate_after: string;
                            targets: string[];
                        }[];
                        /** @description defaults to the id */
                        name?: string;
                        /** @description how many more times the policy runs after the first round; default 0 */
                        repeat?: number;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        team?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            description: string | null;
                            id: string;
                            levels: {
                                escalate_after: string;
                                position: number;
                                targets: string[];
                            }[];
                            name: string;
                            repeat: number;
                            /** @description the services whose incidents the policy escalates */
                            services: string[];
                            team: string | null;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an escalation policy (refused while a service uses it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List incidents, newest or most severe first */
        get: {
            parameters: {
                query: {
                    /** @description next_cursor of the previous page, read with the same order and filters */
                    cursor?: string;
                    limit: number;
                    /** @description Only the caller's incidents: those they command or were paged for. Needs a person (a session or a personal token), not a service token */
                    mine?: boolean;
                    /** @description newest (when left out): newest first; severity: most severe first, newest first within a severity (what the console shows) */
                    order?: "newest" | "severity";
                    q?: string;
                    service?: string[];
                    severity?: string[];
                    since?: string;
                    status?: string[];
                    team?: string[];
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incidents: components["schemas"]["def-0"][];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Declare an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        commander?: string | null;
                        description?: string | null;
                        service?: string | null;
                        severity?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident with its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge: someone is on it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The alerts grouped into an incident, open ones first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                class: string | null;
                                client: string | null;
                                client_url: string | null;
                                component: string | null;
                                dedup_key: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                event_count: number;
                                /** Format: date-time */
                                first_seen_at: string;
                                group: string | null;
                                id: string;
                                images: {
                                    alt?: string;
                                    href?: string;
                                    src: string;
                                }[];
                                incoming_severity: string | null;
                                labels: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                last_seen_at: string;
                                links: {
                                    href: string;
                                    text?: string;
                                }[];
                                /** Format: date-time */
                                resolved_at: string | null;
                                severity: string;
                                source: string | null;
                                status: string;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent changes to the incident's service: from 24 h before it triggered until it resolved, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                links: {
                                    href: string;
                                    text?: string;
                                }[];
                                /** Format: date-time */
                                occurred_at: string;
                                source: string | null;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/commander": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear the incident commander */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        commander: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notifications sent for an incident and what happened to each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                attempts: number;
                                bundle: string | null;
                                channel: string;
                                contact_method: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                external_id: string | null;
                                history: {
                                    /** Format: date-time */
                                    at: string;
                                    detail: string | null;
                                    status: string;
                                }[];
                                id: string;
                                incident: string | null;
                                kind: string;
                                last_error: string | null;
                                /** @description The page (GET /incidents/{ref}/pages) this delivery carries; null for tests, verifications and channel posts */
                                page: string | null;
                                provider: string | null;
                                /** Format: date-time */
                                sent_at: string | null;
                                status: string;
                                user: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate by hand: page the next level now, or hand the incident to another escalation policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Another escalation policy (e.g. the database team's) to hand the incident to */
                        policy?: string;
                        /** @description Why; recorded in the timeline */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to the timeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who was paged for an incident, when, at which level and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pages: {
                                /** Format: date-time */
                                at: string;
                                /** @description The deliveries sent for this page name it as their `page` */
                                id: string;
                                level: number;
                                reason: string;
                                round: number;
                                target: string;
                                user: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/severity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the severity */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        severity: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/unacknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Un-acknowledge: back to triggered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The incident number (42) or id (inc_…) */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count incidents by status and severity
         * @description Takes the filters of `GET /incidents`. Each breakdown leaves out its own filter, so a count says how many choosing it would list.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the caller's incidents: those they command or were paged for. Needs a person (a session or a personal token), not a service token */
                    mine?: boolean;
                    q?: string;
                    service?: string[];
                    severity?: string[];
                    since?: string;
                    status?: string[];
                    team?: string[];
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Every configured severity, most severe first, with every filter but severity applied */
                            by_severity: {
                                count: number;
                                id: string;
                                name: string;
                                rank: number;
                            }[];
                            /** @description Per status, with every filter but status applied: what choosing that status would show */
                            by_status: {
                                acknowledged: number;
                                resolved: number;
                                triggered: number;
                            };
                            /**
                             * Format: date-time
                             * @description When the last incident matching every filter but status was resolved; null if none was
                             */
                            last_resolved_at: string | null;
                            /** @description Incidents matching every filter */
                            total: number;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling: the user, role, and the session's CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string | null;
                            role: string;
                            token: string | null;
                            user: {
                                email: string;
                                id: string;
                                name: string;
                                password_set: boolean;
                                role: string;
                                sso_linked: boolean;
                                teams: {
                                    role: string;
                                    team: string;
                                }[];
                                time_zone: string;
                            } | null;
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on call at an instant (default now), per schedule */
        get: {
            parameters: {
                query?: {
                    at?: string;
                    /** @description schedule ids; repeat or comma-separate */
                    schedule?: string[];
                    /** @description team ids; repeat or comma-separate */
                    team?: string[];
                    /** @description user ids; repeat or comma-separate */
                    user?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            at: string;
                            oncall: {
                                schedule: {
                                    id: string;
                                    name: string;
                                    team: string | null;
                                };
                                shift: {
                                    /** Format: date-time */
                                    end: string;
                                    source: string;
                                    /** Format: date-time */
                                    start: string;
                                } | null;
                                /** @description null when nobody is on call on the schedule */
                                user: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oncall/outlook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on call now (or at `at`), until when and next, per schedule and per escalation policy level, with the contact methods you may see */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            at: string;
                            /** @description contact methods of the people on call now or next whom the caller may see: everyone's for admins, otherwise only the caller's own */
                            contacts: {
                                contact_methods: {
                                    address: string;
                                    disabled: boolean;
                                    id: string;
                                    name: string | null;
                                    type: string;
                                    verified: boolean;
                                }[];
                                user: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            escalation_policies: {
                                levels: {
                                    escalate_after: string;
                                    position: number;
                                    targets: {
                                        id: string;
                                        /** @enum {string} */
                                        kind: "user" | "schedule";
                                        /** @description the schedule's or user's name; the id when it no longer exists */
                                        name: string;
                                        next: {
                                            id: string;
                                            name: string;
                                        } | null;
                                        /** Format: date-time */
                                        next_from: string | null;
                                        /** @description who the target reaches now; null when nobody */
                                        now: {
                                            id: string;
                                            name: string;
                                        } | null;
                                        /** @description "user:<id>" or "schedule:<id>", as the policy names it */
                                        target: string;
                                        /**
                                         * Format: date-time
                                         * @description for a schedule, when the person on call now stops being on call; null for a user, who is always reached
                                         */
                                        until: string | null;
                                    }[];
                                }[];
                                policy: {
                                    id: string;
                                    name: string;
                                    team: string | null;
                                };
                            }[];
                            schedules: {
                                /** @description the next different person on call, within a year */
                                next: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                next_from: string | null;
                                /** @description null when nobody is on call */
                                now: {
                                    id: string;
                                    name: string;
                                } | null;
                                schedule: {
                                    id: string;
                                    name: string;
                                    team: string | null;
                                    time_zone: string;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the person on call now stops being on call: the end of their unbroken run of shifts, not just of the current one
                                 */
                                until: string | null;
                            }[];
                            /** @description the caller's current or next stretch on call on each schedule (their consecutive shifts joined), soonest first; empty for a token without a user */
                            yours: {
                                /** Format: date-time */
                                end: string;
                                schedule: {
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                start: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The VAPID public key browsers subscribe to push with (base64url, 65 bytes: an uncompressed P-256 point) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            public_key: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schedules with their layers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schedules: {
                                /** Format: date-time */
                                created_at: string;
                                description: string | null;
                                id: string;
                                layers: {
                                    /** Format: date-time */
                                    end: string | null;
                                    handoff: string;
                                    id: string;
                                    name: string | null;
                                    participants: string[];
                                    restrictions: {
                                        days: string[];
                                        from: string;
                                        to: string;
                                    }[];
                                    rotation: string;
                                    start: string;
                                }[];
                                name: string;
                                team: string | null;
                                time_zone: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        id: string;
                        /** @description in order of precedence: a later layer wins where it has someone on call */
                        layers: {
                            /** @description an instant with a UTC offset */
                            end?: string | null;
                            /** @description "HH:MM", or "<weekday> HH:MM" for weekly; defaults to the time in start, else 00:00 */
                            handoff?: string;
                            name?: string | null;
                            /** @description user ids in rotation order */
                            participants: string[];
                            restrictions?: {
                                /** @description the days a window starts on; all days when absent or empty */
                                days?: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                /** @description "HH:MM" local */
                                from: string;
                                /** @description "HH:MM" local; not after `from`: the window ends the next day */
                                to: string;
                            }[];
                            /** @description daily, weekly, 12h (every 12 hours) or 3d (every 3 days) */
                            rotation: string;
                            /** @description local date (2026-01-05) or date-time (2026-01-05T09:00) in the schedule's zone */
                            start: string;
                        }[];
                        /** @description defaults to the id */
                        name?: string;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        team?: string | null;
                        /** @description IANA time zone, e.g. America/New_York */
                        time_zone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            description: string | null;
                            id: string;
                            layers: {
                                /** Format: date-time */
                                end: string | null;
                                handoff: string;
                                id: string;
                                name: string | null;
                                participants: string[];
                                restrictions: {
                                    days: string[];
                                    from: string;
                                    to: string;
                                }[];
                                rotation: string;
                                start: string;
                            }[];
                            name: string;
                            /** @description overrides that have not ended, soonest first */
                            overrides: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description "config" for overrides vigil.yaml makes */
                                created_by: string;
                                /** Format: date-time */
                                end: string;
                                id: string;
                                /** Format: date-time */
                                start: string;
                                user: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            team: string | null;
                            time_zone: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule with its layers and the overrides that have not ended */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            description: string | null;
                            id: string;
                            layers: {
                                /** Format: date-time */
                                end: string | null;
                                handoff: string;
                                id: string;
                                name: string | null;
                                participants: string[];
                                restrictions: {
                                    days: string[];
                                    from: string;
                                    to: string;
                                }[];
                                rotation: string;
                                start: string;
                            }[];
                            name: string;
                            /** @description overrides that have not ended, soonest first */
                            overrides: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description "config" for overrides vigil.yaml makes */
                                created_by: string;
                                /** Format: date-time */
                                end: string;
                                id: string;
                                /** Format: date-time */
                                start: string;
                                user: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            team: string | null;
                            time_zone: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Replace a schedule's name, description, team, time zone and layers */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description in order of precedence: a later layer wins where it has someone on call */
                        layers: {
                            /** @description an instant with a UTC offset */
                            end?: string | null;
                            /** @description "HH:MM", or "<weekday> HH:MM" for weekly; defaults to the time in start, else 00:00 */
                            handoff?: string;
                            name?: string | null;
                            /** @description user ids in rotation order */
                            participants: string[];
                            restrictions?: {
                                /** @description the days a window starts on; all days when absent or empty */
                                days?: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
                                /** @description "HH:MM" local */
                                from: string;
                                /** @description "HH:MM" local; not after `from`: the window ends the next day */
                                to: string;
                            }[];
                            /** @description daily, weekly, 12h (every 12 hours) or 3d (every 3 days) */
                            rotation: string;
                            /** @description local date (2026-01-05) or date-time (2026-01-05T09:00) in the schedule's zone */
                            start: string;
                        }[];
                        /** @description defaults to the id */
                        name?: string;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        team?: string | null;
                        /** @description IANA time zone, e.g. America/New_York */
                        time_zone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            description: string | null;
                            id: string;
                            layers: {
                                /** Format: date-time */
                                end: string | null;
                                handoff: string;
                                id: string;
                                name: string | null;
                                participants: string[];
                                restrictions: {
                                    days: string[];
                                    from: string;
                                    to: string;
                                }[];
                                rotation: string;
                                start: string;
                            }[];
                            name: string;
                            /** @description overrides that have not ended, soonest first */
                            overrides: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description "config" for overrides vigil.yaml makes */
                                created_by: string;
                                /** Format: date-time */
                                end: string;
                                id: string;
                                /** Format: date-time */
                                start: string;
                                user: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            team: string | null;
                            time_zone: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a schedule (refused while an escalation policy targets it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{id}/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A secret iCalendar address for the schedule's shifts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description the feed address; its secret is shown only this once */
                            url: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overrides overlapping [from, to); from defaults to now, to to open-ended */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            overrides: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description "config" for overrides vigil.yaml makes */
                                created_by: string;
                                /** Format: date-time */
                                end: string;
                                id: string;
                                /** Format: date-time */
                                start: string;
                                user: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put a user on call from start to end, over every layer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        end: string;
                        /** Format: date-time */
                        start: string;
                        /** @description 1–63 letters, digits, ".", "_" or "-" */
                        user: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @description "config" for overrides vigil.yaml makes */
                            created_by: string;
                            /** Format: date-time */
                            end: string;
                            id: string;
                            /** Format: date-time */
                            start: string;
                            user: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{id}/overrides/{overrideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an override made through the API */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    overrideId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Effective shifts in [from, to): default the next 7 days, at most 366; each layer's own with ?layers=true */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    /** @description also answer each layer's own shifts, before layers above and overrides cover them */
                    layers?: boolean;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** @description with ?layers=true: each layer in order of precedence (later wins) with its own shifts in [from, to) */
                            layers?: {
                                id: string;
                                name: string | null;
                                shifts: {
                                    /** Format: date-time */
                                    end: string;
                                    /** @description the layer id, or override:<id> */
                                    source: string;
                                    /** Format: date-time */
                                    start: string;
                                    user: {
                                        id: string;
                                        name: string;
                                    };
                                }[];
                            }[];
                            schedule: {
                                id: string;
                                name: string;
                                time_zone: string;
                            };
                            shifts: {
                                /** Format: date-time */
                                end: string;
                                /** @description the layer id, or override:<id> */
                                source: string;
                                /** Format: date-time */
                                start: string;
                                user: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            /** Format: date-time */
                            to: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            services: {
                                auto_resolve: boolean;
                                description: string | null;
                                escalation_policy: string | null;
                                grouping: {
                                    by: string[];
                                } | null;
                                id: string;
                                integrations: {
                                    name: string | null;
                                    type: string;
                                }[];
                                name: string;
                                /** @description incidents of the service not yet resolved (triggered or acknowledged) */
                                open_incidents: number;
                                team: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auto_resolve: boolean;
                            description: string | null;
                            escalation_policy: string | null;
                            grouping: {
                                by: string[];
                            } | null;
                            id: string;
                            integrations: {
                                name: string | null;
                                type: string;
                            }[];
                            name: string;
                            /** @description incidents of the service not yet resolved (triggered or acknowledged) */
                            open_incidents: number;
                            team: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a service's name, description, escalation policy, auto-resolve or alert grouping (a team's managers, or admins); vigil.yaml, when it lists the service, sets these again at its next apply */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        auto_resolve?: boolean;
                        description?: string | null;
                        escalation_policy?: string | null;
                        grouping?: {
                            by: string[];
                        } | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auto_resolve: boolean;
                            description: string | null;
                            escalation_policy: string | null;
                            grouping: {
                                by: string[];
                            } | null;
                            id: string;
                            integrations: {
                                name: string | null;
                                type: string;
                            }[];
                            name: string;
                            /** @description incidents of the service not yet resolved (triggered or acknowledged) */
                            open_incidents: number;
                            team: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/services/{id}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's integrations with their routing keys, and the public address senders use (admins, and members of the service's team) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            integrations: {
                                /** @description a webhook integration whose fields are mapped by configuration rather than the default names */
                                custom_mapping: boolean;
                                id: string;
                                /** @description the secret routing key the sender presents */
                                key: string;
                                name: string | null;
                                /** @description the wire format its sender speaks: events_v2, events_v1, alertmanager, grafana or webhook */
                                type: string;
                            }[];
                            /** @description where senders reach Vigil (VIGIL_PUBLIC_URL): the base of every ingest address */
                            public_url: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/severities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configured severities, most severe first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            severities: {
                                description: string | null;
                                id: string;
                                name: string;
                                rank: number;
                                respond_within: string;
                                update_every: string | null;
                                urgency: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates: incident changes as server-sent events
         * @description Server-sent events: every change to an incident the caller may see, as it is committed, on every node.
         *
         *     - `event: incident`, `data: {"kind": …, "incident": <Incident without timeline>}`: `kind` is what happened (`opened`, `acknowledged`, `unacknowledged`, `resolved`, `reopened`, `escalated`, `severity_changed`, `commander_changed`, `updated`, `alerts_changed`); the incident is as it stands after the change. Changes to one incident within ~75 ms come as one event; under many changes, events come in rounds paced to about 64 KiB a second.
         *     - `event: reset`, `data: {"reason": …}`: events were missed, cannot be replayed or were too many to send; read what you show again (e.g. `GET /api/v1/incidents`), at most about once a second.
         *     - `: ping` comments every 15 s keep the connection alive; `retry: 3000` at the start.
         *
         *     Every event has an `id`. A client that reconnects with it in `Last-Event-ID` (browsers do) gets the events it missed, or `reset` when this process no longer has them (more than the last 1000 events ago, or another node or run). A client that stops reading is disconnected once 256 KiB are queued for it. Streams end after about 30 minutes, so credentials are checked again on reconnecting.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The id of the last event seen, for clients that cannot send the Last-Event-ID header; the header wins */
                    lastEventId?: string;
                };
                header?: {
                    /** @description The id of the last event seen; sent by browsers when they reconnect */
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An endless stream of events (text/event-stream) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams with their members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teams: {
                                description: string | null;
                                id: string;
                                members: {
                                    name: string;
                                    role: string;
                                    user: string;
                                }[];
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (admins: every token), with when each was last used */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** Format: date-time */
                                expires_at: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "personal" | "service";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                                /** Format: date-time */
                                revoked_at: string | null;
                                role: string;
                                user: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expires_at?: string | null;
                        /** @enum {string} */
                        kind?: "personal" | "service";
                        name: string;
                        /** @enum {string} */
                        role?: "viewer" | "responder" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            token: {
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                /** Format: date-time */
                                expires_at: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "personal" | "service";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                                /** Format: date-time */
                                revoked_at: string | null;
                                role: string;
                                user: string | null;
                            };
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (yours, or any for admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** Format: date-time */
                            expires_at: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "personal" | "service";
                            /** Format: date-time */
                            last_used_at: string | null;
                            name: string;
                            /** Format: date-time */
                            revoked_at: string | null;
                            role: string;
                            user: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users with their roles and teams */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                email: string;
                                id: string;
                                name: string;
                                password_set: boolean;
                                role: string;
                                sso_linked: boolean;
                                teams: {
                                    role: string;
                                    team: string;
                                }[];
                                time_zone: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user, with a password for login if given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        id: string;
                        name: string;
                        password?: string;
                        /** @enum {string} */
                        role?: "viewer" | "responder" | "admin";
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            name: string;
                            password_set: boolean;
                            role: string;
                            sso_linked: boolean;
                            teams: {
                                role: string;
                                team: string;
                            }[];
                            time_zone: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            name: string;
                            password_set: boolean;
                            role: string;
                            sso_linked: boolean;
                            teams: {
                                role: string;
                                team: string;
                            }[];
                            time_zone: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a user with their tokens, sessions and contact methods */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a user: themselves (name, email, time zone, password with the current one) or an admin (also the role) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password?: string;
                        /** Format: email */
                        email?: string;
                        name?: string;
                        password?: string;
                        /** @enum {string} */
                        role?: "viewer" | "responder" | "admin";
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            name: string;
                            password_set: boolean;
                            role: string;
                            sso_linked: boolean;
                            teams: {
                                role: string;
                                team: string;
                            }[];
                            time_zone: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A secret iCalendar address for a user's shifts on every schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description the feed address; its secret is shown only this once */
                            url: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/contact-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's contact methods */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_methods: {
                                /** @description for push, only the push service's host (fcm.googleapis.com): the subscription's keys are never shown */
                                address: string;
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                /** Format: date-time */
                                disabled_at: string | null;
                                /** @description why Vigil disabled it, e.g. the push service reported the subscription gone (410); null when its owner did */
                                disabled_reason: string | null;
                                id: string;
                                /** @enum {string} */
                                managed_by: "config" | "api";
                                name: string | null;
                                type: string;
                                /** Format: date-time */
                                updated_at: string;
                                user: string;
                                /** Format: date-time */
                                verification_expires_at: string | null;
                                verified: boolean;
                                /** Format: date-time */
                                verified_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a contact method; it is sent a 6-digit code and is used only once verified (push: body.subscription is the browser's PushSubscription.toJSON())
         * @description Codes are limited to 1 a minute per contact method, 5 an hour per user and 3 an hour per address (across all users); past a limit the answer is 429 VIGIL_VERIFICATION_RATE_LIMITED with Retry-After and details.next_code_at.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description an email address, an E.164 number (+15555550100), a Slack member id (U024BE7LH) or a URL; every type but push */
                        address?: string;
                        /** @description push only: what the browser calls itself, e.g. "Chrome on this laptop"; becomes the name */
                        label?: string;
                        name?: string;
                        subscription?: {
                            /** @description the push service URL Vigil sends to */
                            endpoint: string;
                            /** @description ignored */
                            expirationTime?: number | null;
                            keys: {
                                /** @description base64url, 16 bytes */
                                auth: string;
                                /** @description base64url, an uncompressed P-256 point (65 bytes) */
                                p256dh: string;
                            };
                        };
                        /**
                         * @description email, sms, voice, slack, teams, webhook, ntfy or push
                         * @enum {string}
                         */
                        type: "email" | "sms" | "voice" | "slack" | "teams" | "webhook" | "ntfy" | "push";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description for push, only the push service's host (fcm.googleapis.com): the subscription's keys are never shown */
                            address: string;
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            /** Format: date-time */
                            disabled_at: string | null;
                            /** @description why Vigil disabled it, e.g. the push service reported the subscription gone (410); null when its owner did */
                            disabled_reason: string | null;
                            id: string;
                            /** @enum {string} */
                            managed_by: "config" | "api";
                            name: string | null;
                            type: string;
                            /** Format: date-time */
                            updated_at: string;
                            user: string;
                            /** @description the delivery carrying the code: GET /api/v1/deliveries/{id} */
                            verification_delivery: string;
                            /** Format: date-time */
                            verification_expires_at: string | null;
                            verified: boolean;
                            /** Format: date-time */
                            verified_at: string | null;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/notification-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which contact method is used how long after a page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                after: string;
                                contact_method: string;
                                id: string;
                                urgency: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Replace a user's notification rules */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the user's whole list, in order */
                        rules: {
                            /** @description how long after the page, e.g. 0m, 5m, 1h30m */
                            after: string;
                            contact_method: string;
                            /** @enum {string} */
                            urgency?: "high" | "low";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                after: string;
                                contact_method: string;
                                id: string;
                                urgency: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/test-page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test page to one verified contact method, or to every verified and enabled one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact_method?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                channel: string;
                                contact_method: string;
                                id: string;
                            }[];
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Every error: a stable code, a message a person can act on, and the offending fields. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_VALIDATION_FAILED" | "VIGIL_MALFORMED_JSON" | "VIGIL_UNSUPPORTED_MEDIA_TYPE" | "VIGIL_BODY_TOO_LARGE" | "VIGIL_UNAUTHENTICATED" | "VIGIL_FORBIDDEN" | "VIGIL_TEAM_CONSENT_REQUIRED" | "VIGIL_CSRF_FAILED" | "VIGIL_LOGIN_LOCKED" | "VIGIL_RATE_LIMITED" | "VIGIL_VERIFICATION_RATE_LIMITED" | "VIGIL_TOKEN_NOT_FOUND" | "VIGIL_OIDC_NOT_CONFIGURED" | "VIGIL_OIDC_FAILED" | "VIGIL_OIDC_UNAVAILABLE" | "VIGIL_ROUTE_NOT_FOUND" | "VIGIL_INCIDENT_NOT_FOUND" | "VIGIL_SERVICE_NOT_FOUND" | "VIGIL_USER_NOT_FOUND" | "VIGIL_SCHEDULE_NOT_FOUND" | "VIGIL_OVERRIDE_NOT_FOUND" | "VIGIL_ESCALATION_POLICY_NOT_FOUND" | "VIGIL_CALENDAR_FEED_NOT_FOUND" | "VIGIL_DELIVERY_NOT_FOUND" | "VIGIL_CONTACT_METHOD_NOT_FOUND" | "VIGIL_PUSH_NOT_CONFIGURED" | "VIGIL_LINK_NOT_FOUND" | "VIGIL_LINK_USED" | "VIGIL_LINK_EXPIRED" | "VIGIL_VERIFICATION_EXPIRED" | "VIGIL_REFERENCE_NOT_FOUND" | "VIGIL_INVALID_ADDRESS" | "VIGIL_VERIFICATION_FAILED" | "VIGIL_ILLEGAL_TRANSITION" | "VIGIL_CONFLICT" | "VIGIL_ADDRESS_NOT_ALLOWED" | "VIGIL_INVALID_CURSOR" | "VIGIL_UNAVAILABLE" | "VIGIL_NOT_READY" | "VIGIL_INTERNAL";
                            details?: {
                                [key: string]: unknown;
                            };
                            fields?: {
                                message: string;
                                path: string;
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generic/2010-04-15/create_event.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PagerDuty Events API v1 (service_key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description PagerDuty Events API v1 event. Alertmanager's v1 body also carries "event_action": "" and "payload": null, which are ignored. */
            requestBody: {
                content: {
                    "application/json": {
                        client?: string;
                        client_url?: string;
                        contexts?: ({
                            href?: string;
                            src?: string;
                            text?: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Required for a trigger: the alert's title */
                        description?: string;
                        /** @description Free-form JSON; `details.<path>` in grouping rules reads it */
                        details?: {
                            [key: string]: unknown;
                        } | null;
                        event_type: "trigger" | "acknowledge" | "resolve";
                        /** @description Identifies the alert; required to acknowledge or resolve */
                        incident_key?: string;
                        /** @description The integration key of an events_v2 or events_v1 integration */
                        service_key: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed; Events API v1 answers 200, not 202. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            incident_key: string;
                            /** @enum {string} */
                            message: "Event processed";
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows (PagerDuty v1's code); retry later */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers. Does not touch the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ical/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shifts from 7 days ago to 60 days ahead as text/calendar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/alertmanager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Alertmanager webhook: one incident per Alertmanager group, its alerts kept apart by fingerprint (key as "Authorization: Bearer <key>") */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Alertmanager webhook_configs message (version 4). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            startsAt?: string;
                            status: "firing" | "resolved";
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        receiver?: string;
                        status: "firing" | "resolved";
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "4";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No key was sent, or the bearer token is not an integration key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        /** Alertmanager webhook: one incident per Alertmanager group, its alerts kept apart by fingerprint (key as "Authorization: Bearer <key>") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Alertmanager webhook_configs message (version 4). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            startsAt?: string;
                            status: "firing" | "resolved";
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        receiver?: string;
                        status: "firing" | "resolved";
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "4";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No key was sent, or the bearer token is not an integration key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/alertmanager/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Alertmanager webhook: one incident per Alertmanager group, its alerts kept apart by fingerprint */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The integration key of an alertmanager integration */
                    key: string;
                };
                cookie?: never;
            };
            /** @description Alertmanager webhook_configs message (version 4). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            startsAt?: string;
                            status: "firing" | "resolved";
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        receiver?: string;
                        status: "firing" | "resolved";
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "4";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No integration has this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        /** Alertmanager webhook: one incident per Alertmanager group, its alerts kept apart by fingerprint */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The integration key of an alertmanager integration */
                    key: string;
                };
                cookie?: never;
            };
            /** @description Alertmanager webhook_configs message (version 4). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            startsAt?: string;
                            status: "firing" | "resolved";
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        receiver?: string;
                        status: "firing" | "resolved";
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "4";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No integration has this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/grafana": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grafana webhook contact point: one incident per alert group (key as "Authorization: Bearer <key>") */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Grafana webhook contact point message (version 1). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            dashboardURL?: string;
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            panelURL?: string;
                            silenceURL?: string;
                            startsAt?: string;
                            status: "firing" | "resolved";
                            values?: {
                                [key: string]: number;
                            } | null;
                            valueString?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        message?: string;
                        orgId?: number;
                        receiver?: string;
                        state?: string;
                        status: "firing" | "resolved";
                        title?: string;
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "1";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No key was sent, or the bearer token is not an integration key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        /** Grafana webhook contact point: one incident per alert group (key as "Authorization: Bearer <key>") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Grafana webhook contact point message (version 1). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            dashboardURL?: string;
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            panelURL?: string;
                            silenceURL?: string;
                            startsAt?: string;
                            status: "firing" | "resolved";
                            values?: {
                                [key: string]: number;
                            } | null;
                            valueString?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        message?: string;
                        orgId?: number;
                        receiver?: string;
                        state?: string;
                        status: "firing" | "resolved";
                        title?: string;
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "1";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No key was sent, or the bearer token is not an integration key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/grafana/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grafana webhook contact point: one incident per alert group */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The integration key of a grafana integration */
                    key: string;
                };
                cookie?: never;
            };
            /** @description Grafana webhook contact point message (version 1). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            dashboardURL?: string;
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            panelURL?: string;
                            silenceURL?: string;
                            startsAt?: string;
                            status: "firing" | "resolved";
                            values?: {
                                [key: string]: number;
                            } | null;
                            valueString?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        message?: string;
                        orgId?: number;
                        receiver?: string;
                        state?: string;
                        status: "firing" | "resolved";
                        title?: string;
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "1";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No integration has this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        /** Grafana webhook contact point: one incident per alert group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The integration key of a grafana integration */
                    key: string;
                };
                cookie?: never;
            };
            /** @description Grafana webhook contact point message (version 1). */
            requestBody: {
                content: {
                    "application/json": {
                        alerts: ({
                            annotations?: {
                                [key: string]: string;
                            };
                            dashboardURL?: string;
                            /** @description "0001-01-01T00:00:00Z" while firing */
                            endsAt?: string;
                            /** @description Identifies the alert within its group; computed from the labels when absent */
                            fingerprint?: string;
                            generatorURL?: string;
                            labels: {
                                [key: string]: string;
                            };
                            panelURL?: string;
                            silenceURL?: string;
                            startsAt?: string;
                            status: "firing" | "resolved";
                            values?: {
                                [key: string]: number;
                            } | null;
                            valueString?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        commonAnnotations?: {
                            [key: string]: string;
                        };
                        commonLabels?: {
                            [key: string]: string;
                        };
                        externalURL?: string;
                        /** @description One incident per (integration, groupKey) */
                        groupKey: string;
                        groupLabels?: {
                            [key: string]: string;
                        };
                        message?: string;
                        orgId?: number;
                        receiver?: string;
                        state?: string;
                        status: "firing" | "resolved";
                        title?: string;
                        /** @description More than 0: alerts were left out, so the incident is never resolved from this message */
                        truncatedAlerts?: number;
                        /** @enum {string} */
                        version: "1";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No integration has this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Any JSON, read through the integration's field mapping (key as "Authorization: Bearer <key>") */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Any JSON object; the integration's mapping says where the summary, dedup key, status and severity are. */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No key was sent, or the bearer token is not an integration key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        /** Any JSON, read through the integration's field mapping (key as "Authorization: Bearer <key>") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Any JSON object; the integration's mapping says where the summary, dedup key, status and severity are. */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No key was sent, or the bearer token is not an integration key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/webhook/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Any JSON, read through the integration's field mapping */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The integration key of a webhook integration */
                    key: string;
                };
                cookie?: never;
            };
            /** @description Any JSON object; the integration's mapping says where the summary, dedup key, status and severity are. */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No integration has this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        /** Any JSON, read through the integration's field mapping */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The integration key of a webhook integration */
                    key: string;
                };
                cookie?: never;
            };
            /** @description Any JSON object; the integration's mapping says where the summary, dedup key, status and severity are. */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Numbers of the incidents the message opened or touched */
                            incidents: number[];
                            /** @description e.g. "Processed 2 alerts" */
                            message: string;
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description No integration has this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The body is larger than 512 KB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: vigil_jobs_overdue, vigil_job_lateness_seconds, vigil_sse_connections, and the standard process_* and nodejs_* metrics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text exposition format 0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and its migrations have run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready for traffic */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "sqlite" | "postgres";
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Not ready: take this process out of rotation */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VIGIL_NOT_READY";
                            /** @description "the database is unreachable" or "database migrations have not run" */
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/change/enqueue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PagerDuty change event (a deploy); never opens an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description PagerDuty change event: a deploy or other change, shown as a recent change on the service's incidents; never opens one. */
            requestBody: {
                content: {
                    "application/json": {
                        links?: ({
                            /** @description http(s) URL */
                            href: string;
                            text?: string;
                        } & {
                            [key: string]: unknown;
                        })[] | null;
                        payload: {
                            /** @description Free-form JSON; `details.<path>` in grouping rules reads it */
                            custom_details?: {
                                [key: string]: unknown;
                            } | null;
                            source?: string;
                            /** @description What changed, e.g. "Deployed checkout v1.42.0" */
                            summary: string;
                            /** @description ISO 8601; "" is accepted */
                            timestamp?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description The integration key of an events_v2 or events_v1 integration */
                        routing_key: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            message: "Change event processed";
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/enqueue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PagerDuty Events API v2: trigger, acknowledge or resolve an alert */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description PagerDuty Events API v2 alert event. Unknown fields are ignored. */
            requestBody: {
                content: {
                    "application/json": {
                        client?: string;
                        client_url?: string;
                        /** @description Identifies the alert; required to acknowledge or resolve. A trigger without one gets a generated key, returned in the answer */
                        dedup_key?: string;
                        event_action: "trigger" | "acknowledge" | "resolve";
                        images?: ({
                            alt?: string;
                            href?: string;
                            /** @description http(s) URL of the image */
                            src: string;
                        } & {
                            [key: string]: unknown;
                        })[] | null;
                        links?: ({
                            /** @description http(s) URL */
                            href: string;
                            text?: string;
                        } & {
                            [key: string]: unknown;
                        })[] | null;
                        /** @description Required for a trigger; optional (and mostly ignored) for acknowledge and resolve */
                        payload?: {
                            class?: string;
                            component?: string;
                            /** @description Free-form JSON; `details.<path>` in grouping rules reads it */
                            custom_details?: {
                                [key: string]: unknown;
                            } | null;
                            group?: string;
                            /** @description Required for a trigger: critical, error, warning or info; other words are accepted and mapped by the service's severity_map */
                            severity: string;
                            /** @description Required for a trigger: the host or place where the problem is */
                            source: string;
                            /** @description Required for a trigger; the alert's (and a new incident's) title. Longer than 1024 characters is truncated */
                            summary: string;
                            /** @description ISO 8601; ignored when unparsable */
                            timestamp?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description The integration key of an events_v2 or events_v1 integration */
                        routing_key: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Accepted and committed, exactly as PagerDuty answers. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The alert's dedup key; generated for a trigger that sent none */
                            dedup_key: string;
                            /** @enum {string} */
                            message: "Event processed";
                            /** @enum {string} */
                            status: "success";
                        };
                    };
                };
                /** @description The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description More events a minute than the integration allows; retry after Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
                /** @description The database cannot be reached; nothing was stored. Retry after Retry-After seconds */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Each problem, naming the field */
                            errors: string[];
                            message: string;
                            /** @description "invalid event", "Unrecognized object", "throttle event", "unavailable" or "error" */
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Incident */
        "def-0": {
            /** Format: date-time */
            acknowledged_at: string | null;
            commander: {
                id: string;
                name: string;
            } | null;
            created_by: string;
            description: string | null;
            escalation: {
                level: number;
                /** @description The step escalation waits for: this level is paged at `at` unless someone responds first; null when nothing is pending (acknowledged, resolved, exhausted) */
                next: {
                    /** Format: date-time */
                    at: string;
                    level: number;
                    round: number;
                } | null;
                /** @description The escalation policy in effect: the one set on the incident, else its service's */
                policy: string | null;
                round: number;
                /** @description Where the policy comes from: set on the incident (a hand-off), or its service's; null when there is none */
                source: "incident" | "service" | (never | null);
            };
            /** Format: date-time */
            first_acknowledged_at: string | null;
            id: string;
            number: number;
            /** Format: date-time */
            resolved_at: string | null;
            response: {
                met: boolean | null;
                /** Format: date-time */
                respond_by: string;
                respond_within_seconds: number;
                /** Format: date-time */
                responded_at: string | null;
                state: "met" | "breached" | "pending";
            };
            service: {
                id: string;
                name: string;
            } | null;
            severity: {
                id: string;
                name: string;
            };
            status: "triggered" | "acknowledged" | "resolved";
            /** @description The team that owns the incident's service */
            team: {
                id: string;
                name: string;
            } | null;
            timeline?: {
                actor: string;
                /** Format: date-time */
                at: string;
                data: {
                    [key: string]: unknown;
                };
                kind: string;
                message: string;
                seq: number;
            }[];
            title: string;
            /** Format: date-time */
            triggered_at: string;
            /** Format: date-time */
            updated_at: string;
            urgency: "high" | "low";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
