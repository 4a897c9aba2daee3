// Generated from the Zabota OpenAPI document by scripts/generate-client.ts: do not edit.
export interface paths {
  '/api/v1/org': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Organisation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            timeZone?: string;
            /** @enum {string} */
            defaultLanguage?: 'en' | 'ru' | 'bg';
            brandColor?: string;
            logoUrl?: string | null;
            /** @description At most one survey invitation per customer per this many days */
            inviteThrottleDays?: number;
            /** @description No invitations from this local hour… */
            quietHoursStart?: number;
            /** @description …until this one */
            quietHoursEnd?: number;
            /** @description ISO 4217 code every money figure is shown in */
            currency?: string;
            /** @description The address customers reach Zabota at (e.g. https://feedback.example.com): links in QR codes, invitations and the widget */
            publicUrl?: string | null;
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
            'application/json': components['schemas']['Organisation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              needsSetup: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            orgName: string;
            ownerName: string;
            /** Format: email */
            ownerEmail: string;
            ownerPassword: string;
            /** @default UTC */
            timeZone?: string;
            /**
             * @default en
             * @enum {string}
             */
            defaultLanguage?: 'en' | 'ru' | 'bg';
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
            'application/json': {
              /** Format: uuid */
              orgId: string;
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
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
            'application/json': {
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Ends the cookie session; needs the X-CSRF-Token header of that session. */
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/auth/accept-invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
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
            'application/json': {
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/auth/me/language': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description The signed-in person chooses their language (dashboard, server messages, their emails). */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            language: 'en' | 'ru' | 'bg';
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
            'application/json': components['schemas']['StaffMember'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['ApiKey'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            role: 'owner' | 'manager' | 'staff';
            /** @description Act as this staff member (their locations and records) */
            staffId?: string | null;
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
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description Shown only this once */
              apiKey: string;
              /** @enum {string} */
              role: 'owner' | 'manager' | 'staff';
              name: string;
              prefix: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              revoked: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/mail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['MailSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            host: string;
            port: number;
            username?: string | null;
            /** @description Write-only. Absent: keep the stored one; null: remove it */
            password?: string | null;
            senderName?: string | null;
            /** Format: email */
            fromAddress: string;
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
            'application/json': components['schemas']['MailSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete: {
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
            'application/json': components['schemas']['MailSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org/mail/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            to?: string;
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
            'application/json': {
              /** @enum {boolean} */
              sent: true;
              to: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          /** @description Search in name and city */
          q?: string;
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
            'application/json': {
              items: components['schemas']['Location'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            address?: string | null;
            city?: string | null;
            timeZone?: string | null;
            externalId?: string | null;
            businessHours?: {
              [key: string]: {
                open: number;
                close: number;
              };
            } | null;
            holidays?: string[];
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
            'application/json': components['schemas']['Location'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Location'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/locations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Location'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            address?: string | null;
            city?: string | null;
            timeZone?: string | null;
            externalId?: string | null;
            businessHours?: {
              [key: string]: {
                open: number;
                close: number;
              };
            } | null;
            holidays?: string[];
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
            'application/json': components['schemas']['Location'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          /** @description Search in name and email */
          q?: string;
          role?: 'owner' | 'manager' | 'staff';
          locationId?: string;
          active?: 'true' | 'false';
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
            'application/json': {
              items: components['schemas']['StaffMember'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** Format: email */
            email: string;
            /**
             * @default staff
             * @enum {string}
             */
            role?: 'owner' | 'manager' | 'staff';
            /** @default [] */
            locationIds?: string[];
            position?: string | null;
            language?: ('en' | 'ru' | 'bg') | null;
            externalId?: string | null;
            endedOn?: string | null;
            /**
             * @description Email an invitation link to set a password and sign in
             * @default true
             */
            sendInvite?: boolean;
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
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'owner' | 'manager' | 'staff';
              locationIds: string[];
              position: string | null;
              language: string | null;
              active: boolean;
              /** @description Last working day of someone who left (staff exits per location) */
              endedOn: string | null;
              invitePending: boolean;
              externalId: string | null;
              createdAt: string;
              updatedAt: string;
              inviteUrl: string | null;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'owner' | 'manager' | 'staff';
              locationIds: string[];
              position: string | null;
              language: string | null;
              active: boolean;
              /** @description Last working day of someone who left (staff exits per location) */
              endedOn: string | null;
              invitePending: boolean;
              externalId: string | null;
              createdAt: string;
              updatedAt: string;
              inviteUrl: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['StaffMember'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            /** Format: email */
            email?: string;
            /** @enum {string} */
            role?: 'owner' | 'manager' | 'staff';
            locationIds?: string[];
            position?: string | null;
            language?: ('en' | 'ru' | 'bg') | null;
            externalId?: string | null;
            endedOn?: string | null;
            active?: boolean;
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
            'application/json': components['schemas']['StaffMember'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/touchpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          q?: string;
          kind?: 'product' | 'brand' | 'service';
          stage?: 'awareness' | 'consideration' | 'purchase' | 'service' | 'after_sales' | 'loyalty';
          channel?: 'in_person' | 'phone' | 'web' | 'email' | 'app' | 'messenger' | 'social' | 'other';
          active?: 'true' | 'false';
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
            'application/json': {
              items: components['schemas']['Touchpoint'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string | null;
            /** @enum {string} */
            kind: 'product' | 'brand' | 'service';
            /** @enum {string} */
            stage: 'awareness' | 'consideration' | 'purchase' | 'service' | 'after_sales' | 'loyalty';
            /**
             * @default in_person
             * @enum {string}
             */
            channel?: 'in_person' | 'phone' | 'web' | 'email' | 'app' | 'messenger' | 'social' | 'other';
            /** @default true */
            active?: boolean;
            externalId?: string | null;
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
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/touchpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            description?: string | null;
            /** @enum {string} */
            kind?: 'product' | 'brand' | 'service';
            /** @enum {string} */
            stage?: 'awareness' | 'consideration' | 'purchase' | 'service' | 'after_sales' | 'loyalty';
            /** @enum {string} */
            channel?: 'in_person' | 'phone' | 'web' | 'email' | 'app' | 'messenger' | 'social' | 'other';
            active?: boolean;
            externalId?: string | null;
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
            'application/json': components['schemas']['Touchpoint'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          /** @description Search in name, email, phone and external id */
          q?: string;
          acquisitionChannel?: string;
          acquisitionCampaign?: string;
          language?: string;
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
            'application/json': {
              items: components['schemas']['Customer'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            externalId?: string | null;
            name?: string | null;
            email?: string | null;
            phone?: string | null;
            language?: string | null;
            consentEmail?: boolean;
            consentSms?: boolean;
            acquisitionChannel?: string | null;
            acquisitionCampaign?: string | null;
            referrerId?: string | null;
            notes?: string | null;
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
            'application/json': components['schemas']['Customer'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Customer'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Customer'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            externalId?: string | null;
            name?: string | null;
            email?: string | null;
            phone?: string | null;
            language?: string | null;
            consentEmail?: boolean;
            consentSms?: boolean;
            acquisitionChannel?: string | null;
            acquisitionCampaign?: string | null;
            referrerId?: string | null;
            notes?: string | null;
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
            'application/json': components['schemas']['Customer'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/interactions/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: unknown[];
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
            'application/json': components['schemas']['BatchResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          /** @description occurredAt ≥ from */
          from?: string;
          /** @description occurredAt < to */
          to?: string;
          customerId?: string;
          touchpointId?: string;
          locationId?: string;
          staffId?: string;
          shift?: 'morning' | 'day' | 'evening' | 'night';
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
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                externalId: string | null;
                customerId: string | null;
                touchpointId: string | null;
                locationId: string | null;
                staffId: string | null;
                /** @description The shift it happened in, so figures can be read by shift */
                shift: ('morning' | 'day' | 'evening' | 'night') | null;
                occurredAt: string;
                revenue: number | null;
                currency: string | null;
                note: string | null;
                createdAt: string;
                updatedAt: string;
                customerName?: string | null;
                touchpointName?: string | null;
                locationName?: string | null;
                staffName?: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Your id for this interaction: creating it twice returns the first */
            externalId?: string | null;
            customerId?: string | null;
            /** @description Alternative to customerId: the customer's externalId */
            customerExternalId?: string;
            touchpointId?: string | null;
            locationId?: string | null;
            staffId?: string | null;
            /** @description morning, day, evening or night */
            shift?: ('morning' | 'day' | 'evening' | 'night') | null;
            /** Format: date-time */
            occurredAt: string;
            revenue?: number | null;
            currency?: string | null;
            note?: string | null;
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
            'application/json': components['schemas']['Interaction'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interaction'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/interactions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              /** Format: uuid */
              id: string;
              externalId: string | null;
              customerId: string | null;
              touchpointId: string | null;
              locationId: string | null;
              staffId: string | null;
              /** @description The shift it happened in, so figures can be read by shift */
              shift: ('morning' | 'day' | 'evening' | 'night') | null;
              occurredAt: string;
              revenue: number | null;
              currency: string | null;
              note: string | null;
              createdAt: string;
              updatedAt: string;
              customerName?: string | null;
              touchpointName?: string | null;
              locationName?: string | null;
              staffName?: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            customerId?: string | null;
            touchpointId?: string | null;
            locationId?: string | null;
            staffId?: string | null;
            shift?: ('morning' | 'day' | 'evening' | 'night') | null;
            /** Format: date-time */
            occurredAt?: string;
            revenue?: number | null;
            currency?: string | null;
            note?: string | null;
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
            'application/json': {
              /** Format: uuid */
              id: string;
              externalId: string | null;
              customerId: string | null;
              touchpointId: string | null;
              locationId: string | null;
              staffId: string | null;
              /** @description The shift it happened in, so figures can be read by shift */
              shift: ('morning' | 'day' | 'evening' | 'night') | null;
              occurredAt: string;
              revenue: number | null;
              currency: string | null;
              note: string | null;
              createdAt: string;
              updatedAt: string;
              customerName?: string | null;
              touchpointName?: string | null;
              locationName?: string | null;
              staffName?: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/imports/customers/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview a CSV of customers: mapping, first rows, errors; writes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ImportRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportPreview'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/imports/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a CSV of customers
     * @description Rows with an externalId that was imported before are left unchanged (`existing`); rows without one are always created.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ImportRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/imports/interactions/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview a CSV of interactions: mapping, first rows, errors; writes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ImportRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportPreview'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/imports/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a CSV of interactions
     * @description Touchpoint and location by id or name, staff by id or email, the customer by customerExternalId or customerEmail. Dates without an offset are read in the organisation's time zone. Rows with an externalId that was imported before are left unchanged; rows without one are always created.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ImportRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/imports/{kind}/sample': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A small CSV of this kind that the import reads as it is (responses: for the survey given) */
    get: {
      parameters: {
        query?: {
          surveyId?: string;
        };
        header?: never;
        path: {
          kind: 'customers' | 'interactions' | 'responses';
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
            'text/csv': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Error'];
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
  '/api/v1/imports/responses/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview a CSV of responses: mapping, first rows, errors; writes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ResponseImportRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportPreview'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/imports/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a CSV of responses
     * @description Answers collected elsewhere, for one survey: a column per question, headed by the question's id or its text in any of the survey's languages (or mapped to `answers.<question id>`). Choices by option id or text, several separated by `;` or `|`. Each row is checked and stored like `POST /responses` (channel `import`); rows missing required answers are refused unless `partial`. submittedAt without an offset is read in the organisation's time zone; the customer by customerExternalId or customerEmail (existing customers only). Rows with an externalId that was imported before are left unchanged; rows without one are always created.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ResponseImportRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/survey-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: {
                key: string;
                definition: {
                  name: string;
                  languages: string[];
                  questions: {
                    id: string;
                    /** @enum {string} */
                    type:
                      | 'nps'
                      | 'csat'
                      | 'ces'
                      | 'emotion'
                      | 'rating'
                      | 'single'
                      | 'multi'
                      | 'text'
                      | 'staff'
                      | 'referral_source'
                      | 'better_elsewhere';
                    text: {
                      [key: string]: string;
                    };
                    hint?: {
                      [key: string]: string;
                    };
                    /** @default false */
                    required: boolean;
                    options?: {
                      id: string;
                      text: {
                        [key: string]: string;
                      };
                    }[];
                    scale?: number;
                    maxLength?: number;
                    showIf?: {
                      question: string;
                      in?: (string | number)[];
                      min?: number;
                      max?: number;
                    };
                  }[];
                  title?: {
                    [key: string]: string;
                  } | null;
                  intro?: {
                    [key: string]: string;
                  } | null;
                  thanks?: {
                    [key: string]: string;
                  } | null;
                  /** @default {} */
                  settings: {
                    triggerDelayHours?: number;
                    throttleDays?: number;
                    reviewUrl?: string | null;
                    /** @description List the location's review sites on the thank-you page: to every respondent alike, never by answer */
                    showReviewSites?: boolean;
                    referralText?: {
                      [key: string]: string;
                    } | null;
                    tokenTtlDays?: number;
                    /** @description Send the invitation again after this many days if it is still unopened */
                    reminderDays?: number;
                    /** @description Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all */
                    publicLimits?: {
                      perAddress?: number;
                      perLink?: number;
                    };
                  };
                };
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
  '/api/v1/surveys/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              name: string;
              languages: string[];
              questions: {
                id: string;
                /** @enum {string} */
                type:
                  | 'nps'
                  | 'csat'
                  | 'ces'
                  | 'emotion'
                  | 'rating'
                  | 'single'
                  | 'multi'
                  | 'text'
                  | 'staff'
                  | 'referral_source'
                  | 'better_elsewhere';
                text: {
                  [key: string]: string;
                };
                hint?: {
                  [key: string]: string;
                };
                /** @default false */
                required: boolean;
                options?: {
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                }[];
                scale?: number;
                maxLength?: number;
                showIf?: {
                  question: string;
                  in?: (string | number)[];
                  min?: number;
                  max?: number;
                };
              }[];
              title?: {
                [key: string]: string;
              } | null;
              intro?: {
                [key: string]: string;
              } | null;
              thanks?: {
                [key: string]: string;
              } | null;
              /** @default {} */
              settings: {
                triggerDelayHours?: number;
                throttleDays?: number;
                reviewUrl?: string | null;
                /** @description List the location's review sites on the thank-you page: to every respondent alike, never by answer */
                showReviewSites?: boolean;
                referralText?: {
                  [key: string]: string;
                } | null;
                tokenTtlDays?: number;
                /** @description Send the invitation again after this many days if it is still unopened */
                reminderDays?: number;
                /** @description Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all */
                publicLimits?: {
                  perAddress?: number;
                  perLink?: number;
                };
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          status?: 'draft' | 'active' | 'closed';
          q?: string;
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
            'application/json': {
              items: components['schemas']['Survey'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            languages: string[];
            questions: {
              id: string;
              /** @enum {string} */
              type:
                | 'nps'
                | 'csat'
                | 'ces'
                | 'emotion'
                | 'rating'
                | 'single'
                | 'multi'
                | 'text'
                | 'staff'
                | 'referral_source'
                | 'better_elsewhere';
              text: {
                [key: string]: string;
              };
              hint?: {
                [key: string]: string;
              };
              /** @default false */
              required?: boolean;
              options?: {
                id: string;
                text: {
                  [key: string]: string;
                };
              }[];
              scale?: number;
              maxLength?: number;
              showIf?: {
                question: string;
                in?: (string | number)[];
                min?: number;
                max?: number;
              };
            }[];
            title?: {
              [key: string]: string;
            } | null;
            intro?: {
              [key: string]: string;
            } | null;
            thanks?: {
              [key: string]: string;
            } | null;
            /** @default {} */
            settings?: {
              triggerDelayHours?: number;
              throttleDays?: number;
              reviewUrl?: string | null;
              /** @description List the location's review sites on the thank-you page: to every respondent alike, never by answer */
              showReviewSites?: boolean;
              referralText?: {
                [key: string]: string;
              } | null;
              tokenTtlDays?: number;
              /** @description Send the invitation again after this many days if it is still unopened */
              reminderDays?: number;
              /** @description Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all */
              publicLimits?: {
                perAddress?: number;
                perLink?: number;
              };
            };
            /**
             * @default active
             * @enum {string}
             */
            status?: 'draft' | 'active' | 'closed';
            /**
             * @description Invite after interactions at these touchpoints
             * @default []
             */
            touchpointIds?: string[];
            locationId?: string | null;
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
            'application/json': components['schemas']['Survey'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Survey'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Survey'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            languages?: string[];
            questions?: {
              id: string;
              /** @enum {string} */
              type:
                | 'nps'
                | 'csat'
                | 'ces'
                | 'emotion'
                | 'rating'
                | 'single'
                | 'multi'
                | 'text'
                | 'staff'
                | 'referral_source'
                | 'better_elsewhere';
              text: {
                [key: string]: string;
              };
              hint?: {
                [key: string]: string;
              };
              /** @default false */
              required?: boolean;
              options?: {
                id: string;
                text: {
                  [key: string]: string;
                };
              }[];
              scale?: number;
              maxLength?: number;
              showIf?: {
                question: string;
                in?: (string | number)[];
                min?: number;
                max?: number;
              };
            }[];
            title?: {
              [key: string]: string;
            } | null;
            intro?: {
              [key: string]: string;
            } | null;
            thanks?: {
              [key: string]: string;
            } | null;
            settings?: {
              triggerDelayHours?: number;
              throttleDays?: number;
              reviewUrl?: string | null;
              /** @description List the location's review sites on the thank-you page: to every respondent alike, never by answer */
              showReviewSites?: boolean;
              referralText?: {
                [key: string]: string;
              } | null;
              tokenTtlDays?: number;
              /** @description Send the invitation again after this many days if it is still unopened */
              reminderDays?: number;
              /** @description Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all */
              publicLimits?: {
                perAddress?: number;
                perLink?: number;
              };
            };
            /** @enum {string} */
            status?: 'draft' | 'active' | 'closed';
            /** @description Invite after interactions at these touchpoints */
            touchpointIds?: string[];
            locationId?: string | null;
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
            'application/json': components['schemas']['Survey'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          surveyId?: string;
          customerId?: string;
          status?: 'scheduled' | 'sent' | 'opened' | 'answered' | 'bounced' | 'expired' | 'skipped';
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
            'application/json': {
              items: components['schemas']['Invitation'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            surveyId: string;
            /** Format: uuid */
            customerId: string;
            /**
             * Format: uuid
             * @description Binds the answer to this interaction; one invitation per interaction and survey
             */
            interactionId?: string;
            /**
             * @description email, telegram, viber, whatsapp, sms: Zabota sends it (address, consent, quiet hours and throttle apply); link/api: you deliver the url yourself
             * @enum {string}
             */
            channel: 'link' | 'email' | 'api' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
            /**
             * Format: date-time
             * @description For email and messages: not before this time (quiet hours still apply)
             */
            sendAt?: string;
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
            'application/json': components['schemas']['InvitationCreated'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationCreated'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Invitation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/surveys/{id}/invitation-stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['InvitationStats'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/surveys/{id}/qr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The QR code of the public link `/s/p/{slug}?l=…&t=…&c=qr` as SVG (default) or PNG; the link is also in the `X-Survey-Link` header. */
    get: {
      parameters: {
        query?: {
          /** @description Answers from this code are attributed to this location */
          locationId?: string;
          /** @description … and to this touchpoint */
          touchpointId?: string;
          format?: 'svg' | 'png';
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/surveys/{id}/qr/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A printable A4 poster (HTML) with the business name, a call to action in the survey languages and the QR code. */
    get: {
      parameters: {
        query?: {
          /** @description Answers from this code are attributed to this location */
          locationId?: string;
          /** @description … and to this touchpoint */
          touchpointId?: string;
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/responses/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description CSV (UTF-8 with BOM) or XLSX of all matching responses, in the organisation's time zone */
    get: {
      parameters: {
        query?: {
          surveyId?: string;
          /** @description submittedAt ≥ from */
          from?: string;
          /** @description submittedAt < to */
          to?: string;
          touchpointId?: string;
          locationId?: string;
          staffId?: string;
          customerId?: string;
          language?: string;
          channel?: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
          /** @description NPS band: promoter 9–10, passive 7–8, detractor 0–6 */
          band?: 'promoter' | 'passive' | 'detractor';
          hasComment?: 'true' | 'false';
          status?: 'partial' | 'complete';
          tag?: string;
          /** @description Sentiment of the comment */
          sentiment?: 'negative' | 'neutral' | 'positive';
          /** @description A topic id of the comment */
          topic?: string;
          format?: 'csv' | 'xlsx';
          /** @description CSV only: semicolon suits Excel where the list separator is ";" (ru, bg) */
          delimiter?: 'comma' | 'semicolon';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/surveys/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['SurveyResults'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          surveyId?: string;
          /** @description submittedAt ≥ from */
          from?: string;
          /** @description submittedAt < to */
          to?: string;
          touchpointId?: string;
          locationId?: string;
          staffId?: string;
          customerId?: string;
          language?: string;
          channel?: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
          /** @description NPS band: promoter 9–10, passive 7–8, detractor 0–6 */
          band?: 'promoter' | 'passive' | 'detractor';
          hasComment?: 'true' | 'false';
          status?: 'partial' | 'complete';
          tag?: string;
          /** @description Sentiment of the comment */
          sentiment?: 'negative' | 'neutral' | 'positive';
          /** @description A topic id of the comment */
          topic?: string;
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
            'application/json': {
              items: components['schemas']['ResponseListItem'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            surveyId: string;
            /** Format: uuid */
            customerId?: string;
            /** @description Found by externalId, else by email, else created */
            customer?: {
              externalId?: string | null;
              name?: string | null;
              email?: string | null;
              phone?: string | null;
              language?: string | null;
              consentEmail?: boolean;
              consentSms?: boolean;
              acquisitionChannel?: string | null;
              acquisitionCampaign?: string | null;
              referrerId?: string | null;
              notes?: string | null;
            };
            /** Format: uuid */
            interactionId?: string;
            /** Format: uuid */
            touchpointId?: string;
            /** Format: uuid */
            locationId?: string;
            /** Format: uuid */
            staffId?: string;
            language?: string;
            answers: {
              [key: string]: unknown;
            };
            /** Format: date-time */
            submittedAt?: string;
            /** @description Your id for this response: sending it again returns the first */
            externalId?: string;
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
            'application/json': components['schemas']['Response'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Response'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/responses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ResponseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            tags: string[];
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
            'application/json': components['schemas']['ResponseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/responses/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            body: string;
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
            'application/json': components['schemas']['ResponseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
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
            'application/json': {
              items: components['schemas']['Webhook'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description https://…; plain http:// only to localhost or 127.0.0.1, for development */
            url: string;
            events: (
              | 'response.created'
              | 'case.opened'
              | 'case.assigned'
              | 'case.breached'
              | 'case.resolved'
              | 'review.received'
              | 'referral.qualified'
            )[];
            /** @default true */
            active?: boolean;
            description?: string | null;
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
            'application/json': components['schemas']['WebhookWithSecret'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookWithSecret'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            /** @description https://…; plain http:// only to localhost or 127.0.0.1, for development */
            url?: string;
            events?: (
              | 'response.created'
              | 'case.opened'
              | 'case.assigned'
              | 'case.breached'
              | 'case.resolved'
              | 'review.received'
              | 'referral.qualified'
            )[];
            active?: boolean;
            description?: string | null;
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
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookWithSecret'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
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
            'application/json': {
              items: components['schemas']['WebhookDelivery'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDelivery'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/connectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
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
            'application/json': {
              items: components['schemas']['Connector'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                kind: 'yclients';
                name: string;
                settings: {
                  /** @default https://api.yclients.com */
                  baseUrl?: string;
                  companyIds: number[];
                  /** @description Secret: never shown again */
                  partnerToken: string;
                  /** @description Secret: never shown again */
                  userToken: string;
                  /** @default RUB */
                  currency?: string;
                  /**
                   * @description The source's clients agreed to service e-mails: without it invitations are recorded but not sent
                   * @default false
                   */
                  emailConsent?: boolean;
                };
                /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
                mapping?: {
                  /** @default {} */
                  locations?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  staff?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  touchpoints?: {
                    [key: string]: string | null;
                  };
                };
              }
            | {
                /** @enum {string} */
                kind: 'bitrix24';
                name: string;
                settings: {
                  /** @description Secret: never shown again */
                  webhookUrl: string;
                  /** @description Secret: the outbound webhook's application token */
                  applicationToken?: string;
                  /**
                   * @description The source's clients agreed to service e-mails: without it invitations are recorded but not sent
                   * @default false
                   */
                  emailConsent?: boolean;
                };
                /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
                mapping?: {
                  /** @default {} */
                  locations?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  staff?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  touchpoints?: {
                    [key: string]: string | null;
                  };
                };
              }
            | {
                /** @enum {string} */
                kind: 'amocrm';
                name: string;
                settings: {
                  /** @description The account address, e.g. https://salon.amocrm.ru */
                  baseUrl: string;
                  longLivedToken?: string;
                  clientId?: string;
                  /** @description Secret: never shown again */
                  clientSecret?: string;
                  /** @description The integration's redirect URI, exactly as entered in amoCRM */
                  redirectUri?: string;
                  authCode?: string;
                  /** @default RUB */
                  currency?: string;
                  /**
                   * @description The source's clients agreed to service e-mails: without it invitations are recorded but not sent
                   * @default false
                   */
                  emailConsent?: boolean;
                };
                /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
                mapping?: {
                  /** @default {} */
                  locations?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  staff?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  touchpoints?: {
                    [key: string]: string | null;
                  };
                };
              }
            | {
                /** @enum {string} */
                kind: 'csv_url';
                name: string;
                settings: {
                  url: string;
                  /**
                   * @description The source's clients agreed to service e-mails: without it invitations are recorded but not sent
                   * @default false
                   */
                  emailConsent?: boolean;
                };
                /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
                mapping?: {
                  /** @default {} */
                  locations?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  staff?: {
                    [key: string]: string | null;
                  };
                  /** @default {} */
                  touchpoints?: {
                    [key: string]: string | null;
                  };
                };
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
            'application/json': components['schemas']['Connector'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Connector'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/connectors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Connector'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            settings?: {
              [key: string]: unknown;
            };
            /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
            mapping?: {
              /** @default {} */
              locations?: {
                [key: string]: string | null;
              };
              /** @default {} */
              staff?: {
                [key: string]: string | null;
              };
              /** @default {} */
              touchpoints?: {
                [key: string]: string | null;
              };
            };
            active?: boolean;
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
            'application/json': components['schemas']['Connector'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/connectors/{id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ConnectorRun'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/connectors/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
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
            'application/json': {
              items: components['schemas']['ConnectorRun'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/connector-hooks/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The source's own webhook: YCLIENTS record events (JSON), Bitrix24 deal events and amoCRM lead webhooks (form-encoded) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/connector-oauth/amocrm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** amoCRM's OAuth redirect: enter this as the integration's redirect URI */
    get: {
      parameters: {
        query: {
          state: string;
          code?: string;
          referer?: string;
          error?: string;
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/floods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['FloodSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/floods/exclude': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description Only this survey; all surveys when absent
             */
            surveyId?: string;
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
            'application/json': components['schemas']['FloodExcluded'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          view?: 'mine' | 'my_locations' | 'overdue' | 'open' | 'all';
          /** @description urgent: soonest due first; newest: latest opened first. Default: urgent, newest for view=all */
          sort?: 'urgent' | 'newest';
          status?: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
          priority?: 'low' | 'normal' | 'high' | 'urgent';
          locationId?: string;
          ownerId?: string;
          customerId?: string;
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
            'application/json': {
              items: components['schemas']['Case'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @enum {string} */
            source: 'phone' | 'review' | 'frontline' | 'email' | 'other';
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            customerId?: string | null;
            locationId?: string | null;
            touchpointId?: string | null;
            staffId?: string | null;
            /** @description Default: the location's manager, else the owner */
            ownerId?: string | null;
            /**
             * Format: date-time
             * @description Default: one business day
             */
            dueAt?: string;
            note?: string;
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
            'application/json': components['schemas']['CaseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['CaseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            title?: string;
            /** @enum {string} */
            status?: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
            /** @enum {string} */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            /** Format: uuid */
            ownerId?: string;
            /** Format: date-time */
            dueAt?: string;
            rootCauseId?: string | null;
            resolution?: string | null;
            /** @description On resolve: email the customer a short "did we make it right?" survey */
            sendFollowUp?: boolean;
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
            'application/json': components['schemas']['CaseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/cases/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json':
            | {
                /** @enum {string} */
                type: 'note';
                body: string;
              }
            | {
                /** @enum {string} */
                type: 'contact';
                /** @enum {string} */
                method: 'call' | 'email' | 'message' | 'meeting';
                outcome?: string;
                /** @default true */
                reached?: boolean;
              }
            | {
                /** @enum {string} */
                type: 'status';
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
                /** Format: uuid */
                rootCauseId?: string;
                resolution?: string;
                sendFollowUp?: boolean;
              }
            | {
                /** @enum {string} */
                type: 'assignment';
                /** Format: uuid */
                ownerId: string;
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
            'application/json': components['schemas']['CaseDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/case-stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          locationId?: string;
          /** @description 'total': only the overall figures (byLocation, byOwner and rootCauses come back empty), as the analytics dashboard's tiles need */
          parts?: 'all' | 'total';
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
            'application/json': components['schemas']['CaseStats'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/case-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['CaseRule'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default true */
            active?: boolean;
            /** @default 0 */
            position?: number;
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            conditions: {
              npsMax?: number;
              csatMax?: number;
              cesMax?: number;
              /** @enum {string} */
              sentiment?: 'negative';
              emotions?: string[];
              keywords?: string[];
              touchpointIds?: string[];
              locationIds?: string[];
              surveyIds?: string[];
            };
            /**
             * @default {
             *       "amount": 1,
             *       "unit": "business_days"
             *     }
             */
            sla?: {
              amount: number;
              /** @enum {string} */
              unit: 'hours' | 'business_hours' | 'business_days';
            };
            /**
             * @default {
             *       "strategy": "location_manager"
             *     }
             */
            assignment?:
              | {
                  /** @enum {string} */
                  strategy: 'location_manager';
                }
              | {
                  /** @enum {string} */
                  strategy: 'involved_staff';
                }
              | {
                  /** @enum {string} */
                  strategy: 'round_robin';
                  team: string[];
                }
              | {
                  /** @enum {string} */
                  strategy: 'fixed';
                  /** Format: uuid */
                  staffId: string;
                };
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
            'application/json': components['schemas']['CaseRule'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/case-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            /** @default true */
            active?: boolean;
            /** @default 0 */
            position?: number;
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            conditions?: {
              npsMax?: number;
              csatMax?: number;
              cesMax?: number;
              /** @enum {string} */
              sentiment?: 'negative';
              emotions?: string[];
              keywords?: string[];
              touchpointIds?: string[];
              locationIds?: string[];
              surveyIds?: string[];
            };
            /**
             * @default {
             *       "amount": 1,
             *       "unit": "business_days"
             *     }
             */
            sla?: {
              amount: number;
              /** @enum {string} */
              unit: 'hours' | 'business_hours' | 'business_days';
            };
            /**
             * @default {
             *       "strategy": "location_manager"
             *     }
             */
            assignment?:
              | {
                  /** @enum {string} */
                  strategy: 'location_manager';
                }
              | {
                  /** @enum {string} */
                  strategy: 'involved_staff';
                }
              | {
                  /** @enum {string} */
                  strategy: 'round_robin';
                  team: string[];
                }
              | {
                  /** @enum {string} */
                  strategy: 'fixed';
                  /** Format: uuid */
                  staffId: string;
                };
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
            'application/json': components['schemas']['CaseRule'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/root-causes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['RootCause'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind: 'product' | 'brand' | 'service';
            /** @default true */
            active?: boolean;
            /** @default 0 */
            position?: number;
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
            'application/json': components['schemas']['RootCause'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/root-causes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            name?: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind?: 'product' | 'brand' | 'service';
            /** @default true */
            active?: boolean;
            /** @default 0 */
            position?: number;
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
            'application/json': components['schemas']['RootCause'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/metrics/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description First day (in the organisation's time zone), inclusive */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          locationId?: string;
          touchpointId?: string;
          staffId?: string;
          surveyId?: string;
          kind?: 'product' | 'brand' | 'service';
          channel?: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
          language?: string;
          /** @description The customer's current RFM segment (no_purchases: a known customer with no purchase yet); responses without a customer are left out */
          segment?:
            | 'champions'
            | 'loyal'
            | 'potential_loyalists'
            | 'new'
            | 'at_risk'
            | 'cant_lose'
            | 'hibernating'
            | 'lost'
            | 'no_purchases';
          /** @description Word-of-mouth weight of detractors */
          k?: number;
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
            'application/json': components['schemas']['MetricsSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/timeseries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description First day (in the organisation's time zone), inclusive */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          locationId?: string;
          touchpointId?: string;
          staffId?: string;
          surveyId?: string;
          kind?: 'product' | 'brand' | 'service';
          channel?: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
          language?: string;
          /** @description The customer's current RFM segment (no_purchases: a known customer with no purchase yet); responses without a customer are left out */
          segment?:
            | 'champions'
            | 'loyal'
            | 'potential_loyalists'
            | 'new'
            | 'at_risk'
            | 'cant_lose'
            | 'hibernating'
            | 'lost'
            | 'no_purchases';
          /** @description Word-of-mouth weight of detractors */
          k?: number;
          metric?: 'nps' | 'csat' | 'ces' | 'wom';
          interval?: 'day' | 'week' | 'month';
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
            'application/json': components['schemas']['MetricsTimeseries'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/breakdown': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          /** @description First day (in the organisation's time zone), inclusive */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          locationId?: string;
          touchpointId?: string;
          staffId?: string;
          surveyId?: string;
          kind?: 'product' | 'brand' | 'service';
          channel?: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
          language?: string;
          /** @description The customer's current RFM segment (no_purchases: a known customer with no purchase yet); responses without a customer are left out */
          segment?:
            | 'champions'
            | 'loyal'
            | 'potential_loyalists'
            | 'new'
            | 'at_risk'
            | 'cant_lose'
            | 'hibernating'
            | 'lost'
            | 'no_purchases';
          /** @description Word-of-mouth weight of detractors */
          k?: number;
          metric?: 'nps' | 'csat' | 'ces' | 'wom';
          by: 'touchpoint' | 'location' | 'staff' | 'kind' | 'survey' | 'channel' | 'language' | 'segment';
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
            'application/json': components['schemas']['MetricsBreakdown'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description First day (in the organisation's time zone), inclusive */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          locationId?: string;
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
            'application/json': components['schemas']['MetricsDrivers'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          k?: number;
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
            'application/json': components['schemas']['MetricsStaffView'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/retention/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description First day (in the organisation's time zone), inclusive; all history when absent */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
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
            'application/json': components['schemas']['RetentionSummary'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/retention/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          by?: 'month';
          groupBy?: 'channel' | 'campaign' | 'none';
          months?: number;
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
            'application/json': components['schemas']['RetentionCohorts'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/retention/rfm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['RetentionRfm'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/retention/experience': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description First day (in the organisation's time zone), inclusive; all history when absent */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          /** @description Window after the answer in which a purchase counts */
          days?: number;
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
            'application/json': components['schemas']['RetentionExperience'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reports/dashboard.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The owner dashboard as a PDF (headline figures with n and 95% intervals, NPS trend, touchpoints, best and worst locations and staff, customer segments), with the same filters as the metrics endpoints */
    get: {
      parameters: {
        query?: {
          /** @description First day (in the organisation's time zone), inclusive */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          locationId?: string;
          touchpointId?: string;
          staffId?: string;
          surveyId?: string;
          kind?: 'product' | 'brand' | 'service';
          channel?: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
          language?: string;
          /** @description The customer's current RFM segment (no_purchases: a known customer with no purchase yet); responses without a customer are left out */
          segment?:
            | 'champions'
            | 'loyal'
            | 'potential_loyalists'
            | 'new'
            | 'at_risk'
            | 'cant_lose'
            | 'hibernating'
            | 'lost'
            | 'no_purchases';
          /** @description Word-of-mouth weight of detractors */
          k?: number;
          /** @description Period of the NPS trend */
          interval?: 'day' | 'week' | 'month';
          /** @description Language of the document; the organisation's default when left out */
          lang?: 'en' | 'ru' | 'bg';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/text/analyze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sentiment, emotion and topics of a comment (or of up to 1,000 comments)
     * @description Send `{text, lang?}` or `{items: [{id, text, lang?}]}` (at most 1000 items). Language is detected (ru, bg, en, other) unless given. Topics come from the organisation's taxonomy; evidence gives the words behind each label with character offsets.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TextAnalyzeRequestInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TextAnalyzeResponse'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/text/taxonomy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's topics and their terms */
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
            'application/json': components['schemas']['TextTaxonomy'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /**
     * Replace the organisation's topics
     * @description Past comments (except manually labelled ones) are relabelled in the background; follow it with GET /text/relabel-status.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TextTaxonomyUpdateInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TextTaxonomy'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/text/relabel-status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of the latest background relabel */
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
            'application/json': components['schemas']['TextRelabelStatus'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/text/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Topics × sentiment: the topics that drive detractors, with examples */
    get: {
      parameters: {
        query?: {
          /** @description Default: 30 days before `to` */
          from?: string;
          /** @description Default: now */
          to?: string;
          locationId?: string;
          touchpointId?: string;
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
            'application/json': components['schemas']['TextTopics'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/text/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The optional external classifier */
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
            'application/json': components['schemas']['TextSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /**
     * Switch an OpenAI-compatible classifier on or off
     * @description The built-in analyser stays the fallback: a failure or an answer slower than 2 s labels with it.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TextSettingsUpdateInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TextSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/responses/{id}/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct a comment's labels
     * @description Stored as a manual label (kept when comments are relabelled); the organisation's analyser learns term overrides from the difference.
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
          'application/json': components['schemas']['TextLabelCorrectionInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TextLabelResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          status?: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
          kind?: 'want' | 'irritant' | 'idea';
          audience?: 'staff' | 'customer';
          locationId?: string;
          touchpointId?: string;
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
            'application/json': {
              items: components['schemas']['Insight'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default staff
             * @enum {string}
             */
            audience?: 'staff' | 'customer';
            /** @enum {string} */
            kind: 'want' | 'irritant' | 'idea';
            title: string;
            body?: string | null;
            locationId?: string | null;
            touchpointId?: string | null;
            /** @default false */
            anonymous?: boolean;
            onBehalfOfCustomerId?: string | null;
            rootCauseId?: string | null;
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
            'application/json': components['schemas']['Insight'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insights/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          title: string;
          locationId?: string;
          touchpointId?: string;
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
            'application/json': components['schemas']['InsightSuggestions'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insights/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
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
            'application/json': components['schemas']['InsightFigures'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insights/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['InsightDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            /** @enum {string} */
            status?: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
            outcome?: string;
            /**
             * Format: uuid
             * @description Marks this insight a duplicate of that one and moves its votes there
             */
            mergedInto?: string;
            rootCauseId?: string | null;
            touchpointId?: string | null;
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
            'application/json': components['schemas']['Insight'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/insights/{id}/votes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InsightVote'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insights/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            body: string;
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
            'application/json': components['schemas']['InsightComment'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insight-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            staffId: string;
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
            'application/json': components['schemas']['InsightLink'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/insight-links/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            staffId: string;
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
            'application/json': {
              revoked: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customer-idea-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Issues a customer's personal idea-board link (`/c/{token}`), revoking the one before it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            customerId: string;
            /**
             * @description Email the link to the customer in their language
             * @default false
             */
            send?: boolean;
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
            'application/json': components['schemas']['CustomerIdeaLink'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customer-idea-links/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            customerId: string;
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
            'application/json': {
              revoked: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/pulse-surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['PulseSurvey'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /**
             * @default monthly
             * @enum {string}
             */
            cadence?: 'monthly' | 'quarterly';
            /** @default [] */
            items?: {
              id: string;
              /** @description The statement per language (en required; ru, bg …) */
              text: {
                en: string;
              } & {
                [key: string]: string;
              };
            }[];
            /**
             * @description Anonymity threshold T: a group is shown only with at least T answers; cannot be lowered once a run opened
             * @default 5
             */
            threshold?: number;
            /** @default true */
            active?: boolean;
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
            'application/json': components['schemas']['PulseSurvey'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/pulse-surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['PulseSurvey'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            /** @enum {string} */
            cadence?: 'monthly' | 'quarterly';
            /** @default [] */
            items?: {
              id: string;
              /** @description The statement per language (en required; ru, bg …) */
              text: {
                en: string;
              } & {
                [key: string]: string;
              };
            }[];
            /** @description Anonymity threshold T: a group is shown only with at least T answers; cannot be lowered once a run opened */
            threshold?: number;
            active?: boolean;
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
            'application/json': components['schemas']['PulseSurvey'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/pulse-surveys/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            /** @default 14 */
            closesInDays?: number;
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
            'application/json': components['schemas']['PulseRun'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/enps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          by?: 'location' | 'role';
          surveyId?: string;
          locationId?: string;
          role?: 'owner' | 'manager' | 'staff';
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
            'application/json': components['schemas']['EnpsResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/enps/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          surveyId?: string;
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
            'application/json': components['schemas']['EnpsPanel'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/pulse-comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          surveyId?: string;
          locationId?: string;
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
            'application/json': components['schemas']['PulseComments'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/pulse-comments/{id}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            body: string;
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
            'application/json': components['schemas']['PulseReply'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/audits/{id}/answers/{itemId}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
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
            'application/json': components['schemas']['AuditPhoto'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/audit-photos/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          touchpointId?: string;
          includeArchived?: boolean;
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
            'application/json': {
              items: components['schemas']['Standard'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            touchpointId?: string | null;
            locationId?: string | null;
            title: {
              [key: string]: string;
            };
            /** @default {} */
            why?: {
              [key: string]: string;
            };
            /** @default {} */
            good?: {
              [key: string]: string;
            };
            /** @default {} */
            never?: {
              [key: string]: string;
            };
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
            'application/json': components['schemas']['Standard'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Standard'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/standards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Standard'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            touchpointId?: string | null;
            locationId?: string | null;
            title?: {
              [key: string]: string;
            };
            /** @default {} */
            why?: {
              [key: string]: string;
            };
            /** @default {} */
            good?: {
              [key: string]: string;
            };
            /** @default {} */
            never?: {
              [key: string]: string;
            };
            active?: boolean;
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
            'application/json': components['schemas']['Standard'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/checklists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          includeArchived?: boolean;
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
            'application/json': {
              items: components['schemas']['Checklist'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            touchpointId?: string | null;
            /** @default 80 */
            passMark?: number;
            /** @default 14 */
            reauditWithinDays?: number;
            items: {
              /**
               * Format: uuid
               * @description An existing item to keep (and edit); items left out are archived
               */
              id?: string;
              standardId?: string | null;
              text: {
                [key: string]: string;
              };
              /**
               * @default pass_fail
               * @enum {string}
               */
              kind?: 'pass_fail' | 'scale';
              /** @default 1 */
              weight?: number;
              /** @default false */
              critical?: boolean;
              /** @default true */
              naAllowed?: boolean;
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
            'application/json': components['schemas']['Checklist'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Checklist'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/checklists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Checklist'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            touchpointId?: string | null;
            /** @default 80 */
            passMark?: number;
            /** @default 14 */
            reauditWithinDays?: number;
            items?: {
              /**
               * Format: uuid
               * @description An existing item to keep (and edit); items left out are archived
               */
              id?: string;
              standardId?: string | null;
              text: {
                [key: string]: string;
              };
              /**
               * @default pass_fail
               * @enum {string}
               */
              kind?: 'pass_fail' | 'scale';
              /** @default 1 */
              weight?: number;
              /** @default false */
              critical?: boolean;
              /** @default true */
              naAllowed?: boolean;
            }[];
            active?: boolean;
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
            'application/json': components['schemas']['Checklist'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/audit-schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
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
            'application/json': {
              items: components['schemas']['AuditSchedule'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            checklistId: string;
            /** Format: uuid */
            locationId: string;
            touchpointId?: string | null;
            /**
             * @default manager
             * @enum {string}
             */
            kind?: 'self' | 'manager' | 'mystery' | 'external';
            /** @description RRULE subset: FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;BYMONTHDAY=1, with INTERVAL, COUNT, UNTIL */
            rrule: string;
            /** Format: date */
            startsOn: string;
            /** @description The person who does each audit */
            assigneeId?: string | null;
            /** @description Or a role at the location: 'staff' makes a self-check for each staff member there */
            assigneeRole?: ('manager' | 'staff') | null;
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
            'application/json': components['schemas']['AuditSchedule'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditSchedule'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/audit-schedules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['AuditSchedule'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            /** Format: uuid */
            checklistId?: string;
            /** Format: uuid */
            locationId?: string;
            touchpointId?: string | null;
            /**
             * @default manager
             * @enum {string}
             */
            kind?: 'self' | 'manager' | 'mystery' | 'external';
            /** @description RRULE subset: FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;BYMONTHDAY=1, with INTERVAL, COUNT, UNTIL */
            rrule?: string;
            /** Format: date */
            startsOn?: string;
            /** @description The person who does each audit */
            assigneeId?: string | null;
            /** @description Or a role at the location: 'staff' makes a self-check for each staff member there */
            assigneeRole?: ('manager' | 'staff') | null;
            active?: boolean;
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
            'application/json': components['schemas']['AuditSchedule'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          locationId?: string;
          status?: 'scheduled' | 'open' | 'submitted';
          kind?: 'self' | 'manager' | 'mystery' | 'external';
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
            'application/json': {
              items: components['schemas']['Audit'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            checklistId: string;
            /** Format: uuid */
            locationId: string;
            touchpointId?: string | null;
            staffId?: string | null;
            shift?: ('morning' | 'day' | 'evening' | 'night') | null;
            /** @enum {string} */
            kind: 'self' | 'manager' | 'mystery' | 'external';
            /** Format: date-time */
            dueAt?: string;
            /** @description Mystery audits only: the shopper link */
            shopper?: {
              /** @description Who the shopper is (an email or a name), for the lockout */
              ref: string;
              scenario?: string | null;
              /** Format: date-time */
              validFrom: string;
              /** Format: date-time */
              validTo: string;
            };
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
            'application/json': components['schemas']['Audit'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/audits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Audit'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/audits/{id}/answers/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            result?: 'pass' | 'fail' | 'na';
            value?: number;
            comment?: string | null;
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
            'application/json': {
              /** Format: uuid */
              itemId: string;
              result: ('pass' | 'fail' | 'na') | null;
              value: number | null;
              failed: boolean;
              comment: string | null;
              answeredAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/audits/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/staff-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['StaffNotice'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: {
              [key: string]: string;
            };
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
            'application/json': components['schemas']['StaffNotice'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description First day, inclusive */
          from?: string;
          /** @description Last day, exclusive */
          to?: string;
          locationId?: string;
          touchpointId?: string;
          /** @description Only audits of this shift */
          shift?: 'morning' | 'day' | 'evening' | 'night';
          /** @description Only audits of a staff member with this role */
          staffRole?: 'manager' | 'staff';
          /** @description Only audits of staff with this position (e.g. 'Barista') */
          position?: string;
          /** @description week and month: compliance over time, each key the first day of its period; shift: beside the NPS and CSAT of the interactions of that shift */
          by?: 'location' | 'touchpoint' | 'standard' | 'shift' | 'week' | 'month';
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
            'application/json': components['schemas']['Compliance'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/lessons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          standardId?: string;
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
            'application/json': {
              items: components['schemas']['Lesson'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            standardId?: string | null;
            title: {
              [key: string]: string;
            };
            /** @default {} */
            body?: {
              [key: string]: string;
            };
            videoUrl?: string | null;
            /** @default [] */
            imageUrls?: string[];
            /** @default [] */
            quiz?: {
              id: string;
              /** @enum {string} */
              kind: 'single' | 'multiple';
              text: {
                [key: string]: string;
              };
              options: {
                id: string;
                text: {
                  [key: string]: string;
                };
              }[];
              correct: string[];
            }[];
            /** @default 80 */
            passMark?: number;
            /** @default 3 */
            maxAttempts?: number;
            /** @default 7 */
            dueInDays?: number;
            recurMonths?: number | null;
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
            'application/json': components['schemas']['Lesson'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/lessons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Lesson'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            standardId?: string | null;
            title?: {
              [key: string]: string;
            };
            /** @default {} */
            body?: {
              [key: string]: string;
            };
            videoUrl?: string | null;
            /** @default [] */
            imageUrls?: string[];
            /** @default [] */
            quiz?: {
              id: string;
              /** @enum {string} */
              kind: 'single' | 'multiple';
              text: {
                [key: string]: string;
              };
              options: {
                id: string;
                text: {
                  [key: string]: string;
                };
              }[];
              correct: string[];
            }[];
            /** @default 80 */
            passMark?: number;
            /** @default 3 */
            maxAttempts?: number;
            /** @default 7 */
            dueInDays?: number;
            recurMonths?: number | null;
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
            'application/json': components['schemas']['Lesson'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/training-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          staffId?: string;
          status?: 'assigned' | 'passed' | 'failed';
          auditId?: string;
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
            'application/json': {
              items: components['schemas']['TrainingAssignment'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            lessonId: string;
            staffIds: string[];
            /** Format: date-time */
            dueAt: string;
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
            'application/json': {
              items: components['schemas']['TrainingAssignment'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          by?: 'staff' | 'location';
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
            'application/json': components['schemas']['TrainingFigures'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/training-assignments/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            /** @description question id → chosen option ids */
            answers: {
              [key: string]: string[];
            };
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
            'application/json': components['schemas']['TrainingAttemptResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/self-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
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
            'application/json': {
              items: components['schemas']['SelfAssessment'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default {} */
            answers?: {
              [key: string]: number;
            };
            /**
             * @description Compute the levels and the plan; the answers are final then
             * @default false
             */
            complete?: boolean;
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
            'application/json': components['schemas']['SelfAssessment'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/self-assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['SelfAssessment'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            answers?: {
              [key: string]: number;
            };
            complete?: boolean;
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
            'application/json': components['schemas']['SelfAssessment'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/action-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          assessmentId?: string;
          status?: 'open' | 'done';
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
            'application/json': {
              items: components['schemas']['ActionItem'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/action-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            /** @enum {string} */
            status?: 'open' | 'done';
            ownerId?: string | null;
            /** Format: date-time */
            dueAt?: string;
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
            'application/json': components['schemas']['ActionItem'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/review-sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          locationId?: string;
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
            'application/json': {
              items: components['schemas']['ReviewSource'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            locationId: string;
            /** @enum {string} */
            platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
            /**
             * Format: uri
             * @description The site's write-a-review link for this location
             */
            url: string;
            /** @description Google Business Profile location name, to read reviews and post replies */
            externalRef?: string | null;
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
            'application/json': components['schemas']['ReviewSource'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReviewSource'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/review-sources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ReviewSource'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            /** Format: uuid */
            locationId?: string;
            /** @enum {string} */
            platform?: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
            /**
             * Format: uri
             * @description The site's write-a-review link for this location
             */
            url?: string;
            /** @description Google Business Profile location name, to read reviews and post replies */
            externalRef?: string | null;
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
            'application/json': components['schemas']['ReviewSource'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/review-sources/{id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReviewImportResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/review-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          status?: 'scheduled' | 'sent' | 'clicked' | 'skipped' | 'bounced';
          locationId?: string;
          customerId?: string;
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
            'application/json': {
              items: components['schemas']['ReviewRequest'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          locationId?: string;
          sourceId?: string;
          platform?: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
          unanswered?: 'true' | 'false';
          minRating?: number;
          maxRating?: number;
          /** @description true: only reviews with a saved draft reply */
          drafted?: 'true' | 'false';
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
            'application/json': {
              items: components['schemas']['Review'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reviews/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description CSV (text/csv) with columns source, location, rating, text, author, date, externalId */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description CSV with a header line: source, location (name or id), rating, text, author, date, externalId */
      requestBody: {
        content: {
          'application/json': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReviewImportResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reviews/{id}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            text: string;
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
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reviews/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Saves the reply as a draft (replacing an earlier one); posting it is POST /reply */
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
          'application/json': {
            text: string;
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
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
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
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews/{id}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The reply log: every draft saved and every reply posted, copied or refused, newest first */
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
            'application/json': {
              items: components['schemas']['ReviewReply'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reviews/{id}/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Likely authors: visits to the review's location in the 7 days before it, names alike */
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
            'application/json': {
              items: components['schemas']['ReviewMatchSuggestion'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/reviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            customerId?: string | null;
            interactionId?: string | null;
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
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/review-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ReviewSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            requestsEnabled?: boolean;
            delayHours?: number;
            /** @description Per language; {name}, {business} and {link} are filled in. There is no incentive field, by design. */
            requestTemplates?: {
              [key: string]: {
                subject: string;
                body: string;
              };
            };
            replyTemplates?: {
              name: string;
              language: string;
              body: string;
            }[];
            recoveryDueHours?: number;
            googleBaseUrl?: string | null;
            googleAccessToken?: string | null;
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
            'application/json': components['schemas']['ReviewSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customers/{id}/review-insider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Staff, relatives, owners: never asked for a public review */
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
          'application/json': {
            insider: boolean;
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
            'application/json': {
              /** Format: uuid */
              customerId: string;
              insider: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/reputation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          locationId?: string;
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
            'application/json': components['schemas']['Reputation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/referral-programs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['ReferralProgram'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /**
             * @description Non-cash by default; there is no cash option
             * @default gesture
             * @enum {string}
             */
            rewardKind?: 'gesture' | 'gift' | 'donation' | 'discount';
            /** @description What the recommending customer gets */
            referrerReward: string;
            /** @description What the new customer gets */
            friendReward: string;
            minAmount?: number | null;
            /** @default 14 */
            holdDays?: number;
            landingUrl?: string | null;
            /** @default true */
            active?: boolean;
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
            'application/json': components['schemas']['ReferralProgram'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/referral-programs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            /** @enum {string} */
            rewardKind?: 'gesture' | 'gift' | 'donation' | 'discount';
            /** @description What the recommending customer gets */
            referrerReward?: string;
            /** @description What the new customer gets */
            friendReward?: string;
            minAmount?: number | null;
            holdDays?: number;
            landingUrl?: string | null;
            active?: boolean;
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
            'application/json': components['schemas']['ReferralProgram'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/customers/{id}/referral-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ReferralCode'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          status?: 'pending' | 'qualified' | 'rewarded' | 'flagged' | 'blocked';
          referrerId?: string;
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
            'application/json': {
              items: components['schemas']['Referral'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** @description A code given at the counter, a followed link, or a staff entry; attribution decides */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            referredId: string;
            /**
             * @description A survey answer claims through the referral_source question
             * @enum {string}
             */
            method: 'code' | 'link' | 'staff';
            /** @description For code and link */
            code?: string;
            /**
             * Format: uuid
             * @description For a staff entry
             */
            referrerId?: string;
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
            'application/json': components['schemas']['Referral'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            /**
             * @description A person clears the flags of a flagged referral, or blocks it
             * @enum {string}
             */
            decision: 'approve' | 'block';
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
            'application/json': components['schemas']['Referral'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/referral-name-credits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description "Who recommended you?" answers that gave only a name, with customers whose name is alike */
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          status?: 'pending' | 'resolved' | 'dismissed';
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
            'application/json': {
              items: components['schemas']['ReferralNameCredit'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/referral-name-credits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Credit the named customer (a survey claim: attribution and fraud rules decide) or dismiss */
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
          'application/json': {
            /** @enum {string} */
            decision: 'credit' | 'dismiss';
            /**
             * Format: uuid
             * @description For credit: the customer who recommended
             */
            referrerId?: string;
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
            'application/json': components['schemas']['ReferralNameCredit'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/metrics/word-of-mouth': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          locationId?: string;
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
            'application/json': components['schemas']['WordOfMouth'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Channels'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/channels/fallback-order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            order: ('email' | 'telegram' | 'viber' | 'whatsapp' | 'sms')[];
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
            'application/json': components['schemas']['Channels'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/channels/telegram': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token?: string;
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete: {
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/channels/telegram/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An address to send a test message to (SMS: a phone) */
            to?: string;
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
            'application/json': components['schemas']['ChannelTestResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/channels/viber': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token?: string;
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete: {
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/channels/viber/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An address to send a test message to (SMS: a phone) */
            to?: string;
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
            'application/json': components['schemas']['ChannelTestResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/channels/whatsapp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A Cloud API access token */
            token?: string;
            /** @description The Meta app's secret: it signs the callbacks (X-Hub-Signature-256) */
            appSecret?: string;
            phoneNumberId: string;
            template: string;
            /** @default en */
            templateLanguage?: string;
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete: {
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/channels/whatsapp/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An address to send a test message to (SMS: a phone) */
            to?: string;
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
            'application/json': components['schemas']['ChannelTestResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/channels/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default custom
             * @enum {string}
             */
            preset?: 'custom' | 'smsru' | 'twilio';
            /** Format: uri */
            url: string;
            /**
             * @default POST
             * @enum {string}
             */
            method?: 'GET' | 'POST';
            /** @default {} */
            headers?: {
              [key: string]: string;
            };
            /** @default  */
            body?: string;
            /** @description Put where {secret} stands in the URL, headers or body (an API key) */
            secret?: string;
            sender?: string;
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
            'application/json': components['schemas']['ChannelConnection'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete: {
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
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/channels/sms/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An address to send a test message to (SMS: a phone) */
            to?: string;
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
            'application/json': components['schemas']['ChannelTestResult'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customers/{id}/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['CustomerChannels'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
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
          'application/json': {
            preferred?: ('email' | 'telegram' | 'viber' | 'whatsapp' | 'sms') | null;
            addresses?: {
              /** @enum {string} */
              channel: 'telegram' | 'viber' | 'whatsapp' | 'sms';
              /** @description null removes the address */
              address: string | null;
              consent: boolean;
              /** @description How the customer agreed (form, call, visit) */
              consentSource?: string;
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
            'application/json': components['schemas']['CustomerChannels'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customers/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['Message'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/customers/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['DeliveryAttemptList'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/invitations/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['DeliveryAttemptList'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/review-requests/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['DeliveryAttemptList'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/invitations/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['Message'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/cases/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['Message'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
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
          'application/json': {
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
            'application/json': components['schemas']['Message'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/tiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': {
              items: components['schemas']['Tier'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** @description Customers are recalculated in the background */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description Higher is better; unique in the organisation */
            rank: number;
            /**
             * @default all
             * @enum {string}
             */
            match?: 'any' | 'all';
            /** @default {} */
            criteria?: {
              /** @description Visits in the last 12 months */
              minVisits?: number | null;
              /** @description Amount spent in the last 12 months */
              minSpend?: number | null;
              /** @description Days since the first visit */
              minTenureDays?: number | null;
              /** @description Qualified referrals in the last 12 months */
              minReferrals?: number | null;
            };
            /** @default false */
            manualOnly?: boolean;
            /** @default 90 */
            graceDays?: number;
            perks?: string | null;
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
            'application/json': components['schemas']['Tier'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/tiers/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description How many customers a proposed set of tiers would move; nothing is stored */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The whole proposed set; an id keeps that tier (and its members) as it is edited */
            tiers: {
              /** Format: uuid */
              id?: string;
              name: string;
              /** @description Higher is better; unique in the organisation */
              rank: number;
              /**
               * @default all
               * @enum {string}
               */
              match?: 'any' | 'all';
              /** @default {} */
              criteria?: {
                /** @description Visits in the last 12 months */
                minVisits?: number | null;
                /** @description Amount spent in the last 12 months */
                minSpend?: number | null;
                /** @description Days since the first visit */
                minTenureDays?: number | null;
                /** @description Qualified referrals in the last 12 months */
                minReferrals?: number | null;
              };
              /** @default false */
              manualOnly?: boolean;
              /** @default 90 */
              graceDays?: number;
              perks?: string | null;
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
            'application/json': components['schemas']['TierPreview'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/tiers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
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
            'application/json': {
              /** @enum {boolean} */
              deleted: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            /** @description Higher is better; unique in the organisation */
            rank?: number;
            /** @enum {string} */
            match?: 'any' | 'all';
            criteria?: {
              /** @description Visits in the last 12 months */
              minVisits?: number | null;
              /** @description Amount spent in the last 12 months */
              minSpend?: number | null;
              /** @description Days since the first visit */
              minTenureDays?: number | null;
              /** @description Qualified referrals in the last 12 months */
              minReferrals?: number | null;
            };
            manualOnly?: boolean;
            graceDays?: number;
            perks?: string | null;
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
            'application/json': components['schemas']['Tier'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/customers/{id}/loyalty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['Loyalty'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Birthday, preferences, what to remember, profiling opt-out, a tier given by hand */
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
          'application/json': {
            birthday?: string | null;
            preferences?: string | null;
            /** @description What staff should remember */
            remember?: string | null;
            profilingOptOut?: boolean;
            /** @description Give a tier by hand; null returns the customer to earned tiers */
            tierId?: string | null;
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
            'application/json': components['schemas']['Loyalty'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/gestures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          active?: 'true' | 'false';
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
            'application/json': {
              items: components['schemas']['Gesture'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            kind: 'recognition' | 'personal_touch' | 'surprise';
            description?: string | null;
            costEstimate?: number | null;
            /** @enum {string} */
            trigger:
              'birthday' | 'first_visit_anniversary' | 'nth_visit' | 'tier_entry' | 'recovery_resolved' | 'manual';
            /** @description For nth_visit */
            triggerVisit?: number | null;
            /** @description For tier_entry */
            triggerTierId?: string | null;
            /** @default [] */
            tierIds?: string[];
            /** @default [] */
            touchpointIds?: string[];
            /**
             * @default staff
             * @enum {string}
             */
            assigneeRole?: 'owner' | 'manager' | 'staff';
            assigneeStaffId?: string | null;
            /**
             * @description Days to deliver before the task expires
             * @default 30
             */
            dueDays?: number;
            /** @description Off (null) by default: a surprise is not announced */
            notice?: components['schemas']['GestureNoticeInput'] | null;
            /**
             * @description The notice is the gesture: its task is delivered when the notice is sent
             * @default false
             */
            noticeOnly?: boolean;
            /** @default true */
            active?: boolean;
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
            'application/json': components['schemas']['Gesture'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/gestures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
          'application/json': {
            name?: string;
            /** @enum {string} */
            kind?: 'recognition' | 'personal_touch' | 'surprise';
            description?: string | null;
            costEstimate?: number | null;
            /** @enum {string} */
            trigger?:
              'birthday' | 'first_visit_anniversary' | 'nth_visit' | 'tier_entry' | 'recovery_resolved' | 'manual';
            /** @description For nth_visit */
            triggerVisit?: number | null;
            /** @description For tier_entry */
            triggerTierId?: string | null;
            tierIds?: string[];
            touchpointIds?: string[];
            /** @enum {string} */
            assigneeRole?: 'owner' | 'manager' | 'staff';
            assigneeStaffId?: string | null;
            dueDays?: number;
            /** @description Off (null) by default: a surprise is not announced */
            notice?: components['schemas']['GestureNoticeInput'] | null;
            noticeOnly?: boolean;
            active?: boolean;
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
            'application/json': components['schemas']['Gesture'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/gesture-tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          locationId?: string;
          staffId?: string;
          customerId?: string;
          status?: 'pending' | 'delivered' | 'skipped' | 'expired';
          /** @description today: customers visiting today with a gesture waiting, or due today; overdue; due within 7 days */
          due?: 'today' | 'overdue' | 'week';
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
            'application/json': {
              items: components['schemas']['GestureTask'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** @description A gesture given by hand */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            gestureId: string;
            /** Format: uuid */
            customerId: string;
            locationId?: string | null;
            staffId?: string | null;
            /** Format: date-time */
            dueAt?: string;
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
            'application/json': components['schemas']['GestureTask'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/gesture-tasks/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
            /** Format: uuid */
            staffId: string;
            /** Format: uuid */
            interactionId: string;
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
            'application/json': components['schemas']['GestureTask'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/gesture-tasks/{id}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
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
          'application/json': {
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
            'application/json': components['schemas']['GestureTask'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/metrics/recognition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Default: 90 days before `to` */
          from?: string;
          /** @description Default: now */
          to?: string;
          locationId?: string;
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
            'application/json': components['schemas']['RecognitionFigures'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/lead-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Customers ranked by the lead-user score, with its reasons; profiling opt-outs are left out */
    get: {
      parameters: {
        query?: {
          limit?: number;
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
            'application/json': components['schemas']['LeadUsers'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/lead-users/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Emails the customer an invitation to a co-creation session, in their language. Refused (409) without their marketing consent or after they opted out of profiling */
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
          'application/json': {
            /** @description When and where, in the words of the business: added to the invitation as written */
            details?: string;
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
            'application/json': components['schemas']['CoCreationInvitation'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/points/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
            'application/json': components['schemas']['PointsSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PointsSettingsInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PointsSettings'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/api/v1/points/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          /** @description Opaque cursor from the previous page's nextCursor */
          cursor?: string;
          limit?: number;
          customerId?: string;
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
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                customerId: string;
                /** @enum {string} */
                kind: 'earn' | 'spend' | 'expire' | 'reverse';
                /** @description Signed: what the entry adds to the balance */
                points: number;
                /** @enum {string} */
                sourceType: 'interaction' | 'referral' | 'gesture' | 'manual' | 'review';
                sourceId: string;
                reversesId: string | null;
                note: string | null;
                createdAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** @description Append-only; one entry per (sourceType, sourceId, kind): a repeat answers 200 with the first */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            customerId: string;
            /** @enum {string} */
            kind: 'earn' | 'spend' | 'expire' | 'reverse';
            points: number;
            /** @enum {string} */
            sourceType: 'interaction' | 'referral' | 'gesture' | 'manual' | 'review';
            /** @description With sourceType and kind: one entry per event, whatever retries */
            sourceId: string;
            reversesId?: string | null;
            note?: string | null;
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
            'application/json': components['schemas']['PointsEntry'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PointsEntry'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
export interface webhooks {
  'response.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A survey response is complete */
    post: operations['webhook_response_created'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'case.opened': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A service-recovery case was opened */
    post: operations['webhook_case_opened'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'case.assigned': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A case got a new owner */
    post: operations['webhook_case_assigned'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'case.breached': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A case missed its deadline (escalated) */
    post: operations['webhook_case_breached'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'case.resolved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A case was resolved */
    post: operations['webhook_case_resolved'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'review.received': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A public review arrived */
    post: operations['webhook_review_received'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'referral.qualified': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A referral qualified for its reward */
    post: operations['webhook_referral_qualified'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    ErrorInput: {
      error: {
        code: string;
        message: string;
        fields?: {
          [key: string]: string;
        };
      };
    };
    OrganisationInput: {
      /** Format: uuid */
      id: string;
      name: string;
      timeZone: string;
      defaultLanguage: string;
      brandColor: string;
      logoUrl: string | null;
      inviteThrottleDays: number;
      quietHoursStart: number;
      quietHoursEnd: number;
      /** @description Where customers reach this organisation's links; ZABOTA_PUBLIC_URL when null */
      publicUrl: string | null;
      /** @description ISO 4217 code every money figure is shown in */
      currency: string;
      createdAt: string;
    };
    StaffMemberInput: {
      /** Format: uuid */
      id: string;
      name: string;
      email: string;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      locationIds: string[];
      position: string | null;
      language: string | null;
      active: boolean;
      /** @description Last working day of someone who left (staff exits per location) */
      endedOn: string | null;
      invitePending: boolean;
      externalId: string | null;
      createdAt: string;
      updatedAt: string;
    };
    MeInput: {
      org: components['schemas']['OrganisationInput'];
      staff: components['schemas']['StaffMemberInput'] | null;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      /** @enum {string} */
      via: 'session' | 'api_key';
      csrfToken: string | null;
    };
    ApiKeyInput: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      staffId: string | null;
      prefix: string;
      createdAt: string;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
    SurveyInput: {
      name: string;
      languages: string[];
      questions: {
        id: string;
        /** @enum {string} */
        type:
          | 'nps'
          | 'csat'
          | 'ces'
          | 'emotion'
          | 'rating'
          | 'single'
          | 'multi'
          | 'text'
          | 'staff'
          | 'referral_source'
          | 'better_elsewhere';
        text: {
          [key: string]: string;
        };
        hint?: {
          [key: string]: string;
        };
        /** @default false */
        required: boolean;
        options?: {
          id: string;
          text: {
            [key: string]: string;
          };
        }[];
        scale?: number;
        maxLength?: number;
        showIf?: {
          question: string;
          in?: (string | number)[];
          min?: number;
          max?: number;
        };
      }[];
      title?: {
        [key: string]: string;
      } | null;
      intro?: {
        [key: string]: string;
      } | null;
      thanks?: {
        [key: string]: string;
      } | null;
      /** @default {} */
      settings: {
        triggerDelayHours?: number;
        throttleDays?: number;
        reviewUrl?: string | null;
        /** @description List the location's review sites on the thank-you page: to every respondent alike, never by answer */
        showReviewSites?: boolean;
        referralText?: {
          [key: string]: string;
        } | null;
        tokenTtlDays?: number;
        /** @description Send the invitation again after this many days if it is still unopened */
        reminderDays?: number;
        /** @description Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all */
        publicLimits?: {
          perAddress?: number;
          perLink?: number;
        };
      };
      /**
       * @default active
       * @enum {string}
       */
      status: 'draft' | 'active' | 'closed';
      /**
       * @description Invite after interactions at these touchpoints
       * @default []
       */
      touchpointIds: string[];
      locationId: string | null;
      /** Format: uuid */
      id: string;
      slug: string;
      /** @description The public link, /s/p/{slug} */
      publicUrl: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    BatchResultInput: {
      created: number;
      existing: number;
      errors: number;
      results: {
        index: number;
        /** @enum {string} */
        status: 'created' | 'existing' | 'error';
        /** Format: uuid */
        id?: string;
        error?: {
          message: string;
          fields: {
            [key: string]: string;
          };
        };
      }[];
    };
    InteractionInput: {
      /** Format: uuid */
      id: string;
      externalId: string | null;
      customerId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @description The shift it happened in, so figures can be read by shift */
      shift: ('morning' | 'day' | 'evening' | 'night') | null;
      occurredAt: string;
      revenue: number | null;
      currency: string | null;
      note: string | null;
      createdAt: string;
      updatedAt: string;
    };
    InteractionListItemInput: {
      /** Format: uuid */
      id: string;
      externalId: string | null;
      customerId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @description The shift it happened in, so figures can be read by shift */
      shift: ('morning' | 'day' | 'evening' | 'night') | null;
      occurredAt: string;
      revenue: number | null;
      currency: string | null;
      note: string | null;
      createdAt: string;
      updatedAt: string;
      customerName: string | null;
      touchpointName: string | null;
      locationName: string | null;
      staffName: string | null;
    };
    RetentionSummaryInput: {
      period: {
        from: string | null;
        to: string | null;
      };
      /** @description Customers with ≥ 2 purchases in the window / customers with ≥ 1 (hits = the former, n = the latter) */
      repeatRate: {
        value: number | null;
        hits: number;
        n: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      purchases: number;
      revenue: number;
      /** @description First purchase ever in the window */
      newCustomers: {
        n: number;
        revenue: number;
      };
      /** @description Had purchased before the window */
      returningCustomers: {
        n: number;
        revenue: number;
      };
    };
    RetentionCohortsInput: {
      /** @constant */
      by: 'month';
      groupBy: string;
      currentMonth: string;
      items: {
        cohort: string;
        group: string;
        size: number;
        retention: {
          k: number;
          customers: number;
          pct: number | null;
        }[];
      }[];
    };
    RetentionRfmInput: {
      customers: number;
      segments: {
        customers: number;
        purchases: number;
        revenue: number;
        /** @description Historic lifetime value: revenue per customer */
        clv: number | null;
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        /** @enum {string} */
        segment:
          'champions' | 'loyal' | 'potential_loyalists' | 'new' | 'at_risk' | 'cant_lose' | 'hibernating' | 'lost';
      }[];
      channels: {
        customers: number;
        purchases: number;
        revenue: number;
        /** @description Historic lifetime value: revenue per customer */
        clv: number | null;
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        channel: string | null;
      }[];
      bySegmentAndChannel: {
        /** @enum {string} */
        segment:
          'champions' | 'loyal' | 'potential_loyalists' | 'new' | 'at_risk' | 'cant_lose' | 'hibernating' | 'lost';
        channel: string | null;
        customers: number;
        revenue: number;
        clv: number | null;
      }[];
    };
    RetentionExperienceInput: {
      days: number;
      items: {
        /** @enum {string} */
        band: 'promoter' | 'passive' | 'detractor';
        customers: number;
        /** @description Answered less than `days` ago: not counted yet */
        pending: number;
        repeatRate: {
          value: number | null;
          hits: number;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
      }[];
      /** @description Repeat rate of promoters minus that of detractors, in points */
      gap: number | null;
    };
    MetricsSummaryInput: {
      nps: {
        value: number | null;
        n: number;
        promoters: number;
        passives: number;
        detractors: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      csat: {
        value: number | null;
        mean: number | null;
        n: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      ces: {
        value: number | null;
        mean: number | null;
        n: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      wom: {
        value: number | null;
        k: number;
      };
      responses: number;
      period: {
        from: string | null;
        to: string | null;
      };
      /** @description The same figures for the period just before, when from and to are given */
      previous: {
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        ces: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        wom: {
          value: number | null;
          k: number;
        };
        responses: number;
      } | null;
      responseRate: {
        invited: number;
        answered: number;
        value: number | null;
      };
      /** @enum {string} */
      source: 'rollup' | 'raw';
      /** @description A pending rebuild of the stored figures (read from the responses meanwhile), with its progress */
      rebuild: {
        reason: string;
        done: number;
        steps: number;
      } | null;
    };
    MetricsTimeseriesInput: {
      /** @enum {string} */
      metric: 'nps' | 'csat' | 'ces' | 'wom';
      interval: string;
      items: ({
        value: number | null;
        n: number;
        period: string;
      } & {
        [key: string]: unknown;
      })[];
      /** @enum {string} */
      source: 'rollup' | 'raw';
    };
    MetricsBreakdownInput: {
      /** @enum {string} */
      metric: 'nps' | 'csat' | 'ces' | 'wom';
      by: string;
      items: ({
        value: number | null;
        n: number;
        key: string;
        label: string | null;
      } & {
        [key: string]: unknown;
      })[];
      /** @enum {string} */
      source: 'rollup' | 'raw';
    };
    MetricsDriversInput: {
      /** @constant */
      method: 'relative_weights';
      /** @description A case is a customer-month: the customer's latest NPS answer (0–10) that local month in a response not tied to a touchpoint, against their touchpoint scores that month. The period is read as the whole local months it touches */
      outcome: string;
      /** @description Share of the variance of overall NPS the touchpoints explain together (0–1) */
      r2: number | null;
      /** @description Cases (customer-months) with an overall answer and at least one touchpoint score */
      n: number;
      tooFew: boolean;
      items: {
        key: string;
        label: string | null;
        kind: string | null;
        /** @description Relative weight; the importances sum to r2 */
        importance: number | null;
        /** @description importance / r2, in % */
        share: number | null;
        /** @description Mean touchpoint score, 0–100 */
        performance: number | null;
        n: number;
        tooFew: boolean;
      }[];
    };
    MetricsStaffViewInput: {
      staff: {
        id: string;
        name: string;
        role: string;
      };
      period: {
        from: string | null;
        to: string | null;
      };
      summary: {
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        ces: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        wom: {
          value: number | null;
          k: number;
        };
        responses: number;
      };
      previous: {
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        ces: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        wom: {
          value: number | null;
          k: number;
        };
        responses: number;
      } | null;
      trend: {
        period: string;
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        responses: number;
      }[];
      comments: {
        responseId: string;
        submittedAt: string;
        comment: string;
        nps: number | null;
        csat: number | null;
        touchpointId: string | null;
        locationId: string | null;
      }[];
    };
    CustomerInput: {
      /** Format: uuid */
      id: string;
      externalId: string | null;
      name: string | null;
      email: string | null;
      phone: string | null;
      language: string | null;
      consentEmail: boolean;
      consentSms: boolean;
      acquisitionChannel: string | null;
      acquisitionCampaign: string | null;
      referrerId: string | null;
      notes: string | null;
      createdAt: string;
      updatedAt: string;
      /** @description Customer since: their first interaction, else first response, else the record date (one customer only) */
      since?: {
        at: string;
        /** @enum {string} */
        from: 'interaction' | 'response' | 'created';
      };
    };
    ResponseInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      invitationId: string | null;
      customerId: string | null;
      interactionId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      channel: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
      /** @description An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page */
      contact?: {
        email?: string;
        phone?: string;
        consentAt: string;
        source: string;
      } | null;
      language: string;
      /** @enum {string} */
      status: 'partial' | 'complete';
      answers: {
        [key: string]: number | string | string[];
      };
      nps: number | null;
      csat: number | null;
      ces: number | null;
      emotion: string | null;
      comment: string | null;
      tags: string[];
      externalId: string | null;
      submittedAt: string;
      createdAt: string;
      updatedAt: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      /** @description anger, frustration, disappointment, neutral, satisfaction, joy or gratitude */
      textEmotion: string | null;
      /** @description Topic ids of the organisation's taxonomy */
      topics: string[] | null;
      textLanguage: string | null;
      textEvidence:
        | {
            kind: string;
            label: string;
            text: string;
            start: number;
            end: number;
            weight?: number;
          }[]
        | null;
      textAnalyzedAt: string | null;
      /** @description manual: corrected by a manager, kept when the comments are relabelled */
      textSource: ('builtin' | 'external' | 'manual') | null;
    };
    ResponseListItemInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      invitationId: string | null;
      customerId: string | null;
      interactionId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      channel: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
      /** @description An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page */
      contact?: {
        email?: string;
        phone?: string;
        consentAt: string;
        source: string;
      } | null;
      language: string;
      /** @enum {string} */
      status: 'partial' | 'complete';
      answers: {
        [key: string]: number | string | string[];
      };
      nps: number | null;
      csat: number | null;
      ces: number | null;
      emotion: string | null;
      comment: string | null;
      tags: string[];
      externalId: string | null;
      submittedAt: string;
      createdAt: string;
      updatedAt: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      /** @description anger, frustration, disappointment, neutral, satisfaction, joy or gratitude */
      textEmotion: string | null;
      /** @description Topic ids of the organisation's taxonomy */
      topics: string[] | null;
      textLanguage: string | null;
      textEvidence:
        | {
            kind: string;
            label: string;
            text: string;
            start: number;
            end: number;
            weight?: number;
          }[]
        | null;
      textAnalyzedAt: string | null;
      /** @description manual: corrected by a manager, kept when the comments are relabelled */
      textSource: ('builtin' | 'external' | 'manual') | null;
      surveyName: string | null;
      customerName: string | null;
      touchpointName: string | null;
      locationName: string | null;
      staffName: string | null;
    };
    ResponseNoteInput: {
      /** Format: uuid */
      id: string;
      body: string;
      authorId: string | null;
      authorName: string | null;
      createdAt: string;
    };
    ResponseDetailInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      invitationId: string | null;
      customerId: string | null;
      interactionId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      channel: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
      /** @description An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page */
      contact?: {
        email?: string;
        phone?: string;
        consentAt: string;
        source: string;
      } | null;
      language: string;
      /** @enum {string} */
      status: 'partial' | 'complete';
      answers: {
        [key: string]: number | string | string[];
      };
      nps: number | null;
      csat: number | null;
      ces: number | null;
      emotion: string | null;
      comment: string | null;
      tags: string[];
      externalId: string | null;
      submittedAt: string;
      createdAt: string;
      updatedAt: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      /** @description anger, frustration, disappointment, neutral, satisfaction, joy or gratitude */
      textEmotion: string | null;
      /** @description Topic ids of the organisation's taxonomy */
      topics: string[] | null;
      textLanguage: string | null;
      textEvidence:
        | {
            kind: string;
            label: string;
            text: string;
            start: number;
            end: number;
            weight?: number;
          }[]
        | null;
      textAnalyzedAt: string | null;
      /** @description manual: corrected by a manager, kept when the comments are relabelled */
      textSource: ('builtin' | 'external' | 'manual') | null;
      surveyName: string | null;
      customerName: string | null;
      touchpointName: string | null;
      locationName: string | null;
      staffName: string | null;
      notes: components['schemas']['ResponseNoteInput'][];
    };
    SurveyResultsInput: {
      /** Format: uuid */
      surveyId: string;
      /** @description Every response to the survey the caller may see, complete or not */
      responses: number;
      complete: number;
      /** @description Started and left before the end */
      partial: number;
      /** @description complete / responses, 0–1; null without responses */
      completionRate: number | null;
      questions: {
        id: string;
        type: string;
        text: {
          [key: string]: string;
        };
        /** @description Responses that answered this question */
        answered: number;
        /** @description Responses per value, every value of the scale or option list in order (a multiple choice counts each option picked) */
        distribution: {
          value: string;
          n: number;
        }[];
        /** @description Mean of a numeric scale (nps, csat, ces, rating) */
        mean: number | null;
        /** @description Text questions: the newest answers, newest first */
        latest: {
          /** Format: uuid */
          responseId: string;
          text: string;
          submittedAt: string;
        }[];
      }[];
    };
    WebhookInput: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | 'response.created'
        | 'case.opened'
        | 'case.assigned'
        | 'case.breached'
        | 'case.resolved'
        | 'review.received'
        | 'referral.qualified'
      )[];
      active: boolean;
      description: string | null;
      createdAt: string;
      updatedAt: string;
    };
    WebhookWithSecretInput: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | 'response.created'
        | 'case.opened'
        | 'case.assigned'
        | 'case.breached'
        | 'case.resolved'
        | 'review.received'
        | 'referral.qualified'
      )[];
      active: boolean;
      description: string | null;
      createdAt: string;
      updatedAt: string;
      /** @description `whsec_<base64>`: signs every delivery (Standard Webhooks `webhook-signature`). Shown only now. */
      secret: string;
    };
    WebhookDeliveryInput: {
      /** Format: uuid */
      id: string;
      eventId: string;
      eventType: string;
      attempt: number;
      ok: boolean;
      /** @description False on success and after the last attempt */
      willRetry: boolean;
      statusCode: number | null;
      durationMs: number;
      error: string | null;
      attemptedAt: string;
      completedAt: string;
    };
    FloodSummaryInput: {
      surveys: {
        /** Format: uuid */
        surveyId: string;
        /** @description Suspected responses: many from one address in a short time */
        responses: number;
        openCases: number;
      }[];
    };
    FloodExcludedInput: {
      /** @description Suspected responses deleted: they leave every figure */
      responses: number;
      /** @description Their open cases, closed as "no contact" */
      casesClosed: number;
    };
    InvitationInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      customerId: string | null;
      interactionId: string | null;
      /** @enum {string} */
      channel: 'link' | 'email' | 'widget' | 'api' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /** @enum {string} */
      status: 'scheduled' | 'sent' | 'opened' | 'answered' | 'bounced' | 'expired' | 'skipped';
      scheduledFor: string;
      sentAt: string | null;
      openedAt: string | null;
      answeredAt: string | null;
      remindedAt: string | null;
      expiresAt: string;
      /** @description Why it was skipped or bounced */
      error: string | null;
      /** @description The interaction's location, else the survey's */
      locationId: string | null;
      createdAt: string;
    };
    InvitationCreatedInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      customerId: string | null;
      interactionId: string | null;
      /** @enum {string} */
      channel: 'link' | 'email' | 'widget' | 'api' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /** @enum {string} */
      status: 'scheduled' | 'sent' | 'opened' | 'answered' | 'bounced' | 'expired' | 'skipped';
      scheduledFor: string;
      sentAt: string | null;
      openedAt: string | null;
      answeredAt: string | null;
      remindedAt: string | null;
      expiresAt: string;
      /** @description Why it was skipped or bounced */
      error: string | null;
      /** @description The interaction's location, else the survey's */
      locationId: string | null;
      createdAt: string;
      /** @description The personal link /s/{token}. Shown only in this answer; null when the invitation already existed */
      url: string | null;
    };
    InvitationStatsInput: {
      /** Format: uuid */
      surveyId: string;
      total: number;
      byStatus: {
        [key: string]: number;
      };
      /** @description Invitations that reached the customer (sent and not bounced) */
      delivered: number;
      /** @description (opened + answered) / delivered, 0–1; null with nothing delivered */
      openRate: number | null;
      /** @description answered / delivered, 0–1; null with nothing delivered */
      responseRate: number | null;
    };
    ReviewSourceInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      locationId: string;
      /** @enum {string} */
      platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
      url: string;
      externalRef: string | null;
      /** @description Google: the last time its reviews were read */
      lastSyncAt: string | null;
      /** @description Google: why the last read failed (null after a good one) */
      lastSyncError: string | null;
      /** @description Google: when the reviews are read next */
      nextSyncAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    ReviewRequestInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** Format: uuid */
      interactionId: string;
      locationId: string | null;
      sourceId: string | null;
      /** @enum {string} */
      status: 'scheduled' | 'sent' | 'clicked' | 'skipped' | 'bounced';
      reason: string | null;
      language: string;
      scheduledFor: string;
      sentAt: string | null;
      clickedAt: string | null;
      createdAt: string;
    };
    ReviewInput: {
      /** Format: uuid */
      id: string;
      sourceId: string | null;
      locationId: string | null;
      /** @enum {string} */
      platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
      externalId: string;
      rating: number | null;
      text: string | null;
      author: string | null;
      reviewedAt: string;
      sentiment: string | null;
      emotion: string | null;
      topics: string[];
      replyText: string | null;
      repliedAt: string | null;
      /** @description A reply saved as a draft, not posted yet */
      draftText: string | null;
      draftAt: string | null;
      draftBy: string | null;
      customerId: string | null;
      interactionId: string | null;
      matchedBy: string | null;
      caseId: string | null;
      url: string | null;
      createdAt: string;
    };
    /** @description All rows or none: a bad row answers 400 with fields named "line N: column" */
    ReviewImportResultInput: {
      created: number;
      /** @description Rows whose externalId was imported before: left as they are */
      existing: number;
    };
    ReviewReplyInput: {
      /** Format: uuid */
      id: string;
      /**
       * @description draft saved, posted through the API, copied for a site without one, or failed
       * @enum {string}
       */
      kind: 'draft' | 'posted' | 'copied' | 'failed';
      text: string;
      authorId: string | null;
      authorName: string | null;
      /** @description What the site's API answered (its reply time, or its error) */
      response: string | null;
      createdAt: string;
    };
    ReviewMatchSuggestionInput: {
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      /** Format: uuid */
      interactionId: string;
      occurredAt: string;
      locationId: string | null;
      /** @description 0–1: the name alike (most), the visit recent, the same location */
      score: number;
      /** @description Whole days from the visit to the review */
      daysBefore: number;
      sameLocation: boolean;
      /** @description The words of the customer's name that match the author's */
      nameMatched: string[];
    };
    ReviewSettingsInput: {
      requestsEnabled: boolean;
      delayHours: number;
      requestTemplates: {
        [key: string]: {
          subject: string;
          body: string;
        };
      };
      replyTemplates: {
        name: string;
        language: string;
        body: string;
      }[];
      recoveryDueHours: number;
      googleBaseUrl: string | null;
      googleConnected: boolean;
    };
    ReputationInput: {
      reviews: number;
      averageRating: number | null;
      requestsSent: number;
      requestsClicked: number;
      /** @description Reviews matched to a customer who followed a request link */
      reviewsFromRequests: number;
      replied: number;
      replyRate: number | null;
      medianReplyHours: number | null;
      negative: number;
      /** @description Negative reviews whose recovery case is resolved */
      negativeRecovered: number;
      /** @description The same locations' NPS over the same period, beside the public rating */
      nps: number | null;
      /** @description How many NPS answers the NPS is computed from */
      npsResponses: number;
      bySource: {
        locationId: string | null;
        /** @enum {string} */
        platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
        sourceId: string | null;
        reviews: number;
        averageRating: number | null;
      }[];
      /** @description Per calendar month (UTC) of the review date: count, mean rating with its 95% interval, replies */
      byMonth: {
        month: string;
        reviews: number;
        averageRating: number | null;
        ratingCi95: [number, number] | null;
        replied: number;
      }[];
    };
    TextEvidenceInput: {
      /** @enum {string} */
      kind: 'sentiment' | 'emotion' | 'topic';
      /** @description positive / negative, an emotion, or a topic id */
      label: string;
      /** @description The words that triggered the label: exactly text.slice(start, end) */
      text: string;
      start: number;
      end: number;
      /** @description Sentiment only: the contribution after negation, intensifiers and contrast */
      weight?: number;
    };
    TextAnalysisInput: {
      /** @enum {string} */
      lang: 'ru' | 'bg' | 'en' | 'other';
      /** @enum {string} */
      sentiment: 'negative' | 'neutral' | 'positive';
      score: number;
      /** @enum {string} */
      emotion: 'anger' | 'frustration' | 'disappointment' | 'neutral' | 'satisfaction' | 'joy' | 'gratitude';
      /** @description Topic ids of the taxonomy; `other` when none matched */
      topics: string[];
      evidence: components['schemas']['TextEvidenceInput'][];
    };
    TextAnalyzeRequestInput:
      | {
          /** @description The comment, up to 10,000 characters */
          text: string;
          /**
           * @description Skip language detection and read the text as this language
           * @enum {string}
           */
          lang?: 'ru' | 'bg' | 'en';
        }
      | {
          items: {
            id: string;
            /** @description The comment, up to 10,000 characters */
            text: string;
            /**
             * @description Skip language detection and read the text as this language
             * @enum {string}
             */
            lang?: 'ru' | 'bg' | 'en';
          }[];
        };
    TextAnalyzeResponseInput:
      | components['schemas']['TextAnalysisInput']
      | {
          items: {
            /** @enum {string} */
            lang: 'ru' | 'bg' | 'en' | 'other';
            /** @enum {string} */
            sentiment: 'negative' | 'neutral' | 'positive';
            score: number;
            /** @enum {string} */
            emotion: 'anger' | 'frustration' | 'disappointment' | 'neutral' | 'satisfaction' | 'joy' | 'gratitude';
            /** @description Topic ids of the taxonomy; `other` when none matched */
            topics: string[];
            evidence: components['schemas']['TextEvidenceInput'][];
            id: string;
          }[];
        };
    TextTopicInput: {
      id: string;
      /**
       * @description The touchpoint kind the topic belongs to
       * @enum {string}
       */
      kind: 'product' | 'brand' | 'service';
      /** @description `word`, `root*` (at least 3 letters) or a phrase */
      terms: {
        en?: string[];
        ru?: string[];
        bg?: string[];
      };
    };
    TextTaxonomyUpdateInput: {
      topics: components['schemas']['TextTopicInput'][];
      /** @description Topic given when none matched (default: other) */
      fallback?: string;
    };
    TextRelabelRunInput: {
      /** Format: uuid */
      id: string;
      total: number;
      done: number;
      startedAt: string;
      finishedAt: string | null;
      /** @enum {string} */
      state: 'running' | 'done';
    };
    TextRelabelStatusInput: {
      run: components['schemas']['TextRelabelRunInput'] | null;
    };
    TextTaxonomyInput: {
      topics: components['schemas']['TextTopicInput'][];
      /** @description Topic given when none matched (default: other) */
      fallback?: string;
      isDefault: boolean;
      version: number;
      relabel?: components['schemas']['TextRelabelRunInput'] | null;
    };
    TextLabelCorrectionInput: {
      /** @enum {string} */
      sentiment?: 'negative' | 'neutral' | 'positive';
      /** @enum {string} */
      emotion?: 'anger' | 'frustration' | 'disappointment' | 'neutral' | 'satisfaction' | 'joy' | 'gratitude';
      topics?: string[];
    };
    TextLabelResultInput: {
      /** Format: uuid */
      id: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      textEmotion: string | null;
      topics: string[] | null;
      textSource: string | null;
      /** @description Overrides the correction added to the organisation analyser */
      learnt: {
        lang: string;
        kind: string;
        term: string;
        weight: number | null;
        topic: string | null;
        emotion: string | null;
      }[];
    };
    TextTopicStatsInput: {
      topic: string;
      kind: string | null;
      count: number;
      /** @description Of the labelled comments in the period */
      share: number;
      sentiment: {
        negative: number;
        neutral: number;
        positive: number;
      };
      /** @description NPS of the responses that mention the topic */
      nps: number | null;
      npsN: number;
      /** @description Share of the detractors with a labelled comment who mention it */
      detractorShare: number | null;
      promoterShare: number | null;
      previous: {
        count: number;
        share: number;
      };
      /** @description This period minus the previous one of the same length */
      change: {
        count: number;
        share: number;
      };
      examples: {
        /** Format: uuid */
        id: string;
        comment: string;
        sentiment: string | null;
        nps: number | null;
      }[];
    };
    TextTopicsInput: {
      period: {
        from: string;
        to: string;
      };
      comments: number;
      detractors: number;
      promoters: number;
      topics: components['schemas']['TextTopicStatsInput'][];
    };
    TextSettingsInput: {
      external: {
        enabled: boolean;
        url: string | null;
        model: string | null;
        hasKey: boolean;
      };
    };
    TextSettingsUpdateInput: {
      external: {
        enabled: boolean;
        url?: string | null;
        model?: string | null;
        /** @description Write-only; null removes it */
        apiKey?: string | null;
      };
    };
    ImportRequestInput: {
      /** @description The file's text: a header line, then rows; `,` `;` or tab delimited */
      csv: string;
      /** @description CSV header → field; null or absent headers are not imported. Without it, the suggested mapping is used. */
      mapping?: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
    };
    ResponseImportRequestInput: {
      /** @description The file's text: a header line, then rows; `,` `;` or tab delimited */
      csv: string;
      /** @description CSV header → field; null or absent headers are not imported. Without it, the suggested mapping is used. */
      mapping?: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
      /**
       * Format: uuid
       * @description The survey the rows answer: its question ids and texts name the answer columns
       */
      surveyId: string;
      /**
       * @description Keep rows that miss required answers, as partial responses
       * @default false
       */
      partial: boolean;
    };
    ImportPreviewInput: {
      headers: string[];
      /** @description The fields this import can fill */
      fields: (
        | (
            | 'externalId'
            | 'name'
            | 'email'
            | 'phone'
            | 'language'
            | 'consentEmail'
            | 'consentSms'
            | 'acquisitionChannel'
            | 'acquisitionCampaign'
            | 'notes'
            | 'occurredAt'
            | 'customerExternalId'
            | 'customerEmail'
            | 'touchpoint'
            | 'location'
            | 'staff'
            | 'shift'
            | 'revenue'
            | 'currency'
            | 'note'
            | 'submittedAt'
          )
        | string
      )[];
      suggestedMapping: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
      /** @description The mapping the rows below were read with */
      mapping: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
      /** @description The first 20 rows */
      rows: {
        line: number;
        values: {
          [key: string]: string | number | boolean | null | string[];
        };
        errors?: {
          [key: string]: string;
        };
        /** @description Each refused field's cell text, as written in the file */
        invalid?: {
          [key: string]: string;
        };
      }[];
      totalRows: number;
      errorRows: number;
    };
    ImportSummaryInput: {
      rows: number;
      created: number;
      /** @description Rows whose externalId was imported before: left unchanged */
      existing: number;
      errorRows: number;
      /** @description Rows not imported, by CSV line (the first 1,000) */
      errors: {
        line: number;
        fields: {
          [key: string]: string;
        };
        /** @description Each refused field's cell text, as written in the file */
        values?: {
          [key: string]: string;
        };
      }[];
    };
    InsightInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      audience: 'staff' | 'customer';
      /** @enum {string} */
      kind: 'want' | 'irritant' | 'idea';
      title: string;
      body: string | null;
      /** @description Null for an anonymous post where the location has fewer than 5 staff */
      locationId: string | null;
      touchpointId: string | null;
      anonymous: boolean;
      author: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      onBehalfOfCustomerId: string | null;
      /** @enum {string} */
      status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
      outcome: string | null;
      outcomeAt: string | null;
      mergedIntoId: string | null;
      rootCauseId: string | null;
      topics: string[];
      votes: number;
      /** @description Whether the caller has voted */
      voted: boolean;
      comments: number;
      createdAt: string;
      updatedAt: string;
    };
    InsightCommentInput: {
      /** Format: uuid */
      id: string;
      author: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      body: string;
      createdAt: string;
    };
    InsightEvidenceInput: {
      customerComments: {
        /** @description Customer comments on the same topic at the same location in the last 90 days */
        count: number;
        items: {
          /** Format: uuid */
          responseId: string;
          comment: string;
          nps: number | null;
          submittedAt: string;
        }[];
      };
      cases: {
        /** Format: uuid */
        id: string;
        number: number;
        title: string;
        status: string;
      }[];
    };
    InsightDetailInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      audience: 'staff' | 'customer';
      /** @enum {string} */
      kind: 'want' | 'irritant' | 'idea';
      title: string;
      body: string | null;
      /** @description Null for an anonymous post where the location has fewer than 5 staff */
      locationId: string | null;
      touchpointId: string | null;
      anonymous: boolean;
      author: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      onBehalfOfCustomerId: string | null;
      /** @enum {string} */
      status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
      outcome: string | null;
      outcomeAt: string | null;
      mergedIntoId: string | null;
      rootCauseId: string | null;
      topics: string[];
      votes: number;
      /** @description Whether the caller has voted */
      voted: boolean;
      comments: number;
      createdAt: string;
      updatedAt: string;
      commentList: components['schemas']['InsightCommentInput'][];
      evidence: components['schemas']['InsightEvidenceInput'];
      duplicates: {
        /** Format: uuid */
        id: string;
        title: string;
        /** @enum {string} */
        status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
      }[];
    };
    InsightVoteInput: {
      votes: number;
      voted: boolean;
    };
    InsightSuggestionsInput: {
      topics: string[];
      items: {
        /** Format: uuid */
        id: string;
        title: string;
        /** @enum {string} */
        status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
        votes: number;
      }[];
    };
    InsightLinkInput: {
      /** Format: uuid */
      staffId: string;
      /** @description The personal form link: shown only now; issuing a new one revokes the old */
      url: string;
      /** @description A QR code of the link as an SVG data URL, for a printed poster on the staff-room wall */
      qr: string;
      createdAt: string;
    };
    CustomerIdeaLinkInput: {
      /** Format: uuid */
      customerId: string;
      /** @description The customer's idea-board link: shown only now; issuing a new one revokes the old */
      url: string;
      /** @description A QR code of the link as an SVG data URL, to hand over at the counter */
      qr: string;
      sent: boolean;
      createdAt: string;
    };
    InsightFiguresInput: {
      perLocation: {
        /** Format: uuid */
        locationId: string;
        name: string;
        insights: number;
        staff: number;
        per10: number | null;
      }[];
      due: number;
      toldWithin30: number;
      shareToldWithin30: number | null;
      medianDaysToOutcome: number | null;
      topIrritants: {
        /** Format: uuid */
        touchpointId: string;
        name: string;
        irritants: number;
        /** @description The touchpoint's customer NPS over the same period */
        nps: number | null;
        npsN: number;
      }[];
    };
    LocationInput: {
      /** Format: uuid */
      id: string;
      name: string;
      address: string | null;
      city: string | null;
      timeZone: string | null;
      externalId: string | null;
      businessHours: {
        [key: string]: {
          open: number;
          close: number;
        };
      } | null;
      holidays: string[];
      createdAt: string;
      updatedAt: string;
    };
    TouchpointInput: {
      /** Format: uuid */
      id: string;
      name: string;
      description: string | null;
      /** @enum {string} */
      kind: 'product' | 'brand' | 'service';
      /** @enum {string} */
      stage: 'awareness' | 'consideration' | 'purchase' | 'service' | 'after_sales' | 'loyalty';
      /** @enum {string} */
      channel: 'in_person' | 'phone' | 'web' | 'email' | 'app' | 'messenger' | 'social' | 'other';
      active: boolean;
      externalId: string | null;
      createdAt: string;
      updatedAt: string;
    };
    CaseInput: {
      /** Format: uuid */
      id: string;
      number: number;
      title: string;
      /** @enum {string} */
      source: 'rule' | 'phone' | 'review' | 'frontline' | 'email' | 'other' | 'audit';
      /** @enum {string} */
      status: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      responseId: string | null;
      ruleId: string | null;
      customerId: string | null;
      locationId: string | null;
      touchpointId: string | null;
      staffId: string | null;
      ownerId: string | null;
      openedAt: string;
      dueAt: string;
      firstActionAt: string | null;
      resolvedAt: string | null;
      breachedAt: string | null;
      escalationLevel: number;
      rootCauseId: string | null;
      resolution: string | null;
      followUpScore: number | null;
      overdue: boolean;
      customerName: string | null;
      locationName: string | null;
      ownerName: string | null;
      createdAt: string;
      updatedAt: string;
    };
    CaseEventInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type:
        | 'opened'
        | 'note'
        | 'contact'
        | 'status'
        | 'assignment'
        | 'escalation'
        | 'breach'
        | 'follow_up'
        | 'due_soon'
        | 'message';
      actorId: string | null;
      actorName: string | null;
      data: {
        [key: string]: unknown;
      };
      createdAt: string;
    };
    CaseDetailInput: {
      /** Format: uuid */
      id: string;
      number: number;
      title: string;
      /** @enum {string} */
      source: 'rule' | 'phone' | 'review' | 'frontline' | 'email' | 'other' | 'audit';
      /** @enum {string} */
      status: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      responseId: string | null;
      ruleId: string | null;
      customerId: string | null;
      locationId: string | null;
      touchpointId: string | null;
      staffId: string | null;
      ownerId: string | null;
      openedAt: string;
      dueAt: string;
      firstActionAt: string | null;
      resolvedAt: string | null;
      breachedAt: string | null;
      escalationLevel: number;
      rootCauseId: string | null;
      resolution: string | null;
      followUpScore: number | null;
      overdue: boolean;
      customerName: string | null;
      locationName: string | null;
      ownerName: string | null;
      createdAt: string;
      updatedAt: string;
      events: components['schemas']['CaseEventInput'][];
    };
    CaseRuleInput: {
      /** Format: uuid */
      id: string;
      name: string;
      active: boolean;
      position: number;
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      conditions: {
        npsMax?: number;
        csatMax?: number;
        cesMax?: number;
        /** @constant */
        sentiment?: 'negative';
        emotions?: string[];
        keywords?: string[];
        touchpointIds?: string[];
        locationIds?: string[];
        surveyIds?: string[];
      };
      sla: {
        amount: number;
        /** @enum {string} */
        unit: 'hours' | 'business_hours' | 'business_days';
      };
      assignment:
        | {
            /** @constant */
            strategy: 'location_manager';
          }
        | {
            /** @constant */
            strategy: 'involved_staff';
          }
        | {
            /** @constant */
            strategy: 'round_robin';
            team: string[];
          }
        | {
            /** @constant */
            strategy: 'fixed';
            /** Format: uuid */
            staffId: string;
          };
      createdAt: string;
      updatedAt: string;
    };
    RootCauseInput: {
      /** Format: uuid */
      id: string;
      name: {
        [key: string]: string;
      };
      /** @enum {string} */
      kind: 'product' | 'brand' | 'service';
      active: boolean;
      position: number;
    };
    CaseStatsInput: {
      total: {
        opened: number;
        open: number;
        overdue: number;
        closed: number;
        medianHoursToFirstAction: number | null;
        medianHoursToResolution: number | null;
        /** @description Closed before due / closed; null with nothing closed */
        slaCompliance: number | null;
        /** @description Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer */
        recoveryRate: number | null;
        followUps: number;
      };
      byLocation: {
        opened: number;
        open: number;
        overdue: number;
        closed: number;
        medianHoursToFirstAction: number | null;
        medianHoursToResolution: number | null;
        /** @description Closed before due / closed; null with nothing closed */
        slaCompliance: number | null;
        /** @description Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer */
        recoveryRate: number | null;
        followUps: number;
        key: string | null;
        label: string | null;
      }[];
      byOwner: {
        opened: number;
        open: number;
        overdue: number;
        closed: number;
        medianHoursToFirstAction: number | null;
        medianHoursToResolution: number | null;
        /** @description Closed before due / closed; null with nothing closed */
        slaCompliance: number | null;
        /** @description Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer */
        recoveryRate: number | null;
        followUps: number;
        key: string | null;
        label: string | null;
      }[];
      rootCauses: {
        key: string;
        name: {
          [key: string]: string;
        };
        /** @enum {string} */
        kind: 'product' | 'brand' | 'service';
        locationId: string | null;
        n: number;
      }[];
      /** @description The medians were taken over a fixed one-in-sixteen sample (a period with very many cases) */
      mediansSampled: boolean;
    };
    StandardInput: {
      /** Format: uuid */
      id: string;
      touchpointId: string | null;
      locationId: string | null;
      title: {
        [key: string]: string;
      };
      why: {
        [key: string]: string;
      };
      good: {
        [key: string]: string;
      };
      never: {
        [key: string]: string;
      };
      version: number;
      active: boolean;
      /** @description Lessons that teach this standard */
      lessonIds: string[];
      createdAt: string;
      updatedAt: string;
    };
    ChecklistInput: {
      /** Format: uuid */
      id: string;
      name: string;
      touchpointId: string | null;
      passMark: number;
      reauditWithinDays: number;
      active: boolean;
      items: {
        /** Format: uuid */
        id: string;
        standardId: string | null;
        text: {
          [key: string]: string;
        };
        /** @enum {string} */
        kind: 'pass_fail' | 'scale';
        weight: number;
        critical: boolean;
        /** @description Whether "not applicable" is an answer for this item */
        naAllowed: boolean;
        position: number;
      }[];
      createdAt: string;
      updatedAt: string;
    };
    AuditScheduleInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      checklistId: string;
      /** Format: uuid */
      locationId: string;
      touchpointId: string | null;
      /** @enum {string} */
      kind: 'self' | 'manager' | 'mystery' | 'external';
      rrule: string;
      startsOn: string;
      assigneeId: string | null;
      assigneeRole: ('manager' | 'staff') | null;
      active: boolean;
      /** @description The next five dates */
      next: string[];
      createdAt: string;
      updatedAt: string;
    };
    AuditPhotoInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      contentType: string;
      /** @description Bytes */
      size: number;
      createdAt: string;
    };
    AuditInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      checklistId: string;
      /** Format: uuid */
      locationId: string;
      touchpointId: string | null;
      staffId: string | null;
      shift: ('morning' | 'day' | 'evening' | 'night') | null;
      /** @enum {string} */
      kind: 'self' | 'manager' | 'mystery' | 'external';
      /** @enum {string} */
      status: 'scheduled' | 'open' | 'submitted';
      /** @description Only these items are checked (a re-audit); null: all */
      itemIds: string[] | null;
      reauditOf: string | null;
      dueAt: string | null;
      score: number | null;
      passed: boolean | null;
      criticalFailed: boolean | null;
      failedItemIds: string[];
      submittedAt: string | null;
      createdAt: string;
      answers?: {
        /** Format: uuid */
        itemId: string;
        result: ('pass' | 'fail' | 'na') | null;
        value: number | null;
        failed: boolean;
        comment: string | null;
        answeredAt: string;
      }[];
      /** @description Photos taken for the answers (GET /audit-photos/{id} for each) */
      photos?: components['schemas']['AuditPhotoInput'][];
      /** @description Mystery audits: the shopper link, shown only when created */
      shopperUrl?: string;
    };
    AuditResultInput: {
      score: number | null;
      passed: boolean;
      criticalFailed: boolean;
      failedItemIds: string[];
      /** @description New lesson assignments from this submit (0 on a repeat) */
      assignmentsCreated: number;
      /** @description Recovery cases opened for failed critical items by this submit (0 on a repeat) */
      casesOpened: number;
    };
    StaffNoticeInput: {
      /** Format: uuid */
      id: string;
      version: number;
      body: {
        [key: string]: string;
      };
      publishedAt: string;
    };
    ComplianceInput: {
      /** @enum {string} */
      by: 'location' | 'touchpoint' | 'standard' | 'shift' | 'week' | 'month';
      items: {
        key: string;
        label: string | null;
        /** @description Σ(weight × pass) / Σ(weight), %, over answered applicable items */
        compliance: number | null;
        /** @description Audits */
        n: number;
        /** @description Answered applicable items */
        items: number;
        failed: number;
        /** @description The touchpoint's (location's, shift's) NPS for the same period */
        nps: number | null;
        npsN: number;
        csat: number | null;
        csatN: number;
      }[];
      /** @description Mean days from a failed audit to its passed re-audit */
      daysToFix: number | null;
      /** @description % of re-checked items that failed again */
      refailRate: number | null;
    };
    PulseSurveyInput: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      cadence: 'monthly' | 'quarterly';
      items: {
        id: string;
        text: {
          [key: string]: string;
        };
      }[];
      threshold: number;
      active: boolean;
      runs: number;
      createdAt: string;
      updatedAt: string;
    };
    PulseRunInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      openedAt: string;
      closesAt: string;
      invited: number;
      threshold: number;
    };
    EnpsResultInput: {
      from: string;
      to: string;
      /** @description The highest threshold among the runs of the period */
      threshold: number;
      total: {
        key: string;
        name: string;
        /** @description True when fewer than T answers, or hidden so that a hidden sibling cannot be worked out */
        hidden: boolean;
        enps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          /** @description 95% interval: ± 1.96 × sqrt((p + d − (p − d)²) / n) × 100 */
          ci95: [number, number] | null;
        } | null;
        invited: number | null;
        /** @description Answers ÷ invited, %, over the released figures */
        participation: number | null;
      };
      groups: {
        key: string;
        name: string;
        /** @description True when fewer than T answers, or hidden so that a hidden sibling cannot be worked out */
        hidden: boolean;
        enps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          /** @description 95% interval: ± 1.96 × sqrt((p + d − (p − d)²) / n) × 100 */
          ci95: [number, number] | null;
        } | null;
        invited: number | null;
        /** @description Answers ÷ invited, %, over the released figures */
        participation: number | null;
      }[];
    };
    EnpsPanelInput: {
      locations: {
        /** Format: uuid */
        locationId: string;
        name: string;
        /** @description Null when hidden by the anonymity rules */
        enps: number | null;
        enpsN: number | null;
        customerNps: number | null;
        customerN: number;
        /** @description Staff whose end date falls in the period */
        exits: number;
        /** @description Audit compliance in the period, %; null without audits */
        compliance: number | null;
        /** @description Submitted audits behind the compliance figure */
        audits: number;
      }[];
      /** @description Pearson r of eNPS and customer NPS; only with at least 5 locations */
      correlation: number | null;
    };
    PulseCommentsInput: {
      threshold: number;
      items: {
        /** Format: uuid */
        id: string;
        comment: string;
        submittedOn: string;
        replies: {
          body: string;
          createdAt: string;
        }[];
      }[];
    };
    PulseReplyInput: {
      /** Format: uuid */
      id: string;
      body: string;
      createdAt: string;
    };
    ActionItemInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      assessmentId: string;
      dimension: string;
      title: {
        [key: string]: string;
      };
      ownerId: string | null;
      dueAt: string;
      /** @enum {string} */
      status: 'open' | 'done';
      doneAt: string | null;
    };
    SelfAssessmentEvidenceInput: {
      /** @description % of active touchpoints with a live survey */
      surveyCoverage: number | null;
      /** @description % of cases of the last 90 days resolved */
      recoveryRate: number | null;
      /** @description Not measured yet (no reviews module): null */
      reviewReplyRate: number | null;
      /** @description Not measured yet (no staff pulse module): null */
      enps: number | null;
      /** @description % over audits submitted in the last 90 days */
      auditCompliance: number | null;
    };
    SelfAssessmentInput: {
      /** Format: uuid */
      id: string;
      questions: {
        id: string;
        /** @enum {string} */
        dimension: 'standards' | 'listening' | 'recovery' | 'loyalty' | 'word_of_mouth' | 'people';
        text: {
          [key: string]: string;
        };
      }[];
      answers: {
        [key: string]: number;
      };
      levels: {
        /** @enum {string} */
        dimension: 'standards' | 'listening' | 'recovery' | 'loyalty' | 'word_of_mouth' | 'people';
        mean: number | null;
        level: number | null;
        answered: number;
      }[];
      overall: number | null;
      completedAt: string | null;
      createdAt: string;
      evidence?: components['schemas']['SelfAssessmentEvidenceInput'];
      plan?: components['schemas']['ActionItemInput'][];
    };
    LessonInput: {
      /** Format: uuid */
      id: string;
      standardId: string | null;
      title: {
        [key: string]: string;
      };
      body: {
        [key: string]: string;
      };
      videoUrl: string | null;
      imageUrls: string[];
      quiz: {
        id: string;
        /** @enum {string} */
        kind: 'single' | 'multiple';
        text: {
          [key: string]: string;
        };
        options: {
          id: string;
          text: {
            [key: string]: string;
          };
        }[];
        /** @description Hidden from staff */
        correct?: string[];
      }[];
      passMark: number;
      maxAttempts: number;
      dueInDays: number;
      recurMonths: number | null;
      createdAt: string;
      updatedAt: string;
    };
    TrainingAssignmentInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lessonId: string;
      lessonTitle: {
        [key: string]: string;
      };
      /** @description Null on a lesson a mystery visit assigned, except in the learner's own list */
      staffId: string | null;
      /** @description Position or role instead of the name where staffId is null */
      staffName: string | null;
      locationId: string | null;
      auditId: string | null;
      itemId: string | null;
      /** @enum {string} */
      status: 'assigned' | 'passed' | 'failed';
      dueAt: string;
      attempts: number;
      maxAttempts: number;
      bestScore: number | null;
      passedAt: string | null;
      createdAt: string;
    };
    TrainingAttemptResultInput: {
      score: number;
      passed: boolean;
      wrong: string[];
      attemptsLeft: number;
      /** @description The re-audit this pass scheduled, when it was the last one needed */
      reauditId: string | null;
    };
    TrainingFiguresInput: {
      /**
       * @description Per staff member, lessons a mystery visit assigned are not counted (it measures the process, not the person); per location they are
       * @enum {string}
       */
      by: 'staff' | 'location';
      items: {
        key: string;
        label: string | null;
        assigned: number;
        /** @description Passed */
        completed: number;
        /** @description Not passed, attempts left, past the due date */
        overdue: number;
        /** @description % passed of those finished (passed or out of attempts) */
        passRate: number | null;
      }[];
    };
    ReferralProgramInput: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      rewardKind: 'gesture' | 'gift' | 'donation' | 'discount';
      referrerReward: string;
      friendReward: string;
      minAmount: number | null;
      holdDays: number;
      landingUrl: string | null;
      active: boolean;
      createdAt: string;
      updatedAt: string;
    };
    ReferralCodeInput: {
      /** Format: uuid */
      customerId: string;
      code: string;
      /** @description The link the customer shares themselves */
      url: string;
      /** @description The link as a QR code (SVG) */
      qrSvg: string;
    };
    ReferralInput: {
      /** Format: uuid */
      id: string;
      programId: string | null;
      /** Format: uuid */
      referrerId: string;
      referrerName: string | null;
      /** Format: uuid */
      referredId: string;
      referredName: string | null;
      /** @enum {string} */
      method: 'code' | 'link' | 'survey' | 'staff';
      /** @enum {string} */
      status: 'pending' | 'qualified' | 'rewarded' | 'flagged' | 'blocked';
      flags: ('shared_phone' | 'referrer_burst' | 'same_ip' | 'same_device' | 'not_qualified_in_time')[];
      qualifyingInteractionId: string | null;
      qualifiedAt: string | null;
      rewardedAt: string | null;
      createdAt: string;
    };
    ReferralNameCreditInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      referredId: string;
      referredName: string | null;
      /** @description Who recommended, as the respondent typed it */
      name: string;
      answeredAt: string;
      /** @enum {string} */
      status: 'pending' | 'resolved' | 'dismissed';
      /** @description The customer a person said it is */
      referrerId: string | null;
      referrerName: string | null;
      resolvedAt: string | null;
      /** @description While pending: customers with a name alike, best first */
      suggestions: {
        /** Format: uuid */
        customerId: string;
        name: string | null;
        /** @description 0–1: how alike the names are */
        score: number;
        /** @description The words of the name that match */
        matched: string[];
      }[];
      /** @description The referred customer's referral as attribution decided it (a code or link beats a survey answer) */
      referral: {
        /** Format: uuid */
        referrerId: string;
        referrerName: string | null;
        /** @enum {string} */
        method: 'code' | 'link' | 'survey' | 'staff';
        /** @enum {string} */
        status: 'pending' | 'qualified' | 'rewarded' | 'flagged' | 'blocked';
      } | null;
    };
    WordOfMouthInput: {
      newCustomers: number;
      referredNewCustomers: number;
      /** @description Referred share of new customers, % */
      share: number | null;
      byMonth: {
        month: string;
        locationId: string | null;
        newCustomers: number;
        referred: number;
      }[];
      promoters: {
        customers: number;
        referrers: number;
        /** @description % of promoters (latest NPS 9–10) who referred someone */
        rate: number | null;
      };
      others: {
        customers: number;
        referrers: number;
        rate: number | null;
      };
      retention: {
        referred: {
          customers: number;
          returned90: number;
          revenue90: number;
        };
        others: {
          customers: number;
          returned90: number;
          revenue90: number;
        };
      };
      referrals: {
        [key: string]: number;
      };
    };
    ChannelConnectionInput: {
      /** @enum {string} */
      kind: 'telegram' | 'viber' | 'whatsapp' | 'sms';
      connected: boolean;
      /** @description Whether a token/secret is saved; it is never shown again */
      secretSet: boolean;
      /** @description Its last 4 characters */
      secretHint: string | null;
      settings: {
        [key: string]: unknown;
      };
      /** @description Where the provider sends its callbacks */
      hookUrl: string | null;
      webhook?: {
        ok: boolean;
        detail: string | null;
      } | null;
      updatedAt: string | null;
    };
    ChannelsInput: {
      items: components['schemas']['ChannelConnectionInput'][];
      fallbackOrder: ('email' | 'telegram' | 'viber' | 'whatsapp' | 'sms')[];
    };
    ChannelTestResultInput: {
      ok: boolean;
      detail: string | null;
    };
    CustomerChannelsInput: {
      preferred: ('email' | 'telegram' | 'viber' | 'whatsapp' | 'sms') | null;
      addresses: {
        /** @enum {string} */
        channel: 'telegram' | 'viber' | 'whatsapp' | 'sms';
        address: string;
        consent: boolean;
        consentSource: string | null;
        consentAt: string | null;
        updatedAt: string;
      }[];
      /** @description A t.me link that binds the customer's chat when they start the bot */
      telegramLink: string | null;
      /** @description A viber:// link that binds the customer's chat when they open it */
      viberLink: string | null;
    };
    MessageInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      channel: 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /** @enum {string} */
      direction: 'out' | 'in';
      customerId: string | null;
      invitationId: string | null;
      caseId: string | null;
      responseId: string | null;
      body: string;
      /** @enum {string} */
      status: 'queued' | 'sent' | 'delivered' | 'failed' | 'received';
      /** @description What the provider answered (an error's text, a delivery report) */
      providerAnswer: string | null;
      createdAt: string;
      updatedAt: string;
    };
    DeliveryAttemptInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** @enum {string} */
      subject: 'invitation' | 'review_request' | 'gesture_task';
      /** Format: uuid */
      subjectId: string;
      /** @enum {string} */
      channel: 'email' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /**
       * @description queued, sent, delivered (a delivery report came) or failed
       * @enum {string}
       */
      status: 'queued' | 'sent' | 'delivered' | 'failed' | 'received';
      /** @description What the provider or SMTP server answered; a refusal's text */
      providerAnswer: string | null;
      createdAt: string;
      updatedAt: string;
    };
    DeliveryAttemptListInput: {
      /** @description Newest first: a failed channel, then the next one tried */
      items: components['schemas']['DeliveryAttemptInput'][];
    };
    ConnectorInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'yclients' | 'bitrix24' | 'amocrm' | 'csv_url';
      name: string;
      /** @description Without secrets */
      settings: {
        [key: string]: unknown;
      };
      /** @description Which secret settings are stored */
      secretsSet: {
        [key: string]: boolean;
      };
      /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
      mapping: {
        /** @default {} */
        locations: {
          [key: string]: string | null;
        };
        /** @default {} */
        staff: {
          [key: string]: string | null;
        };
        /** @default {} */
        touchpoints: {
          [key: string]: string | null;
        };
      };
      matches: {
        branches: {
          id: string;
          name: string;
          targetId: string | null;
          /**
           * @description mapped by the owner, matched by name, or not matched
           * @enum {string}
           */
          how: 'mapped' | 'name' | 'none';
        }[];
        staff: {
          id: string;
          name: string;
          targetId: string | null;
          /**
           * @description mapped by the owner, matched by name, or not matched
           * @enum {string}
           */
          how: 'mapped' | 'name' | 'none';
        }[];
        services: {
          id: string;
          name: string;
          targetId: string | null;
          /**
           * @description mapped by the owner, matched by name, or not matched
           * @enum {string}
           */
          how: 'mapped' | 'name' | 'none';
        }[];
      };
      /** @description Give this URL to the source's webhooks (YCLIENTS, Bitrix24 outbound webhook, amoCRM webhooks) */
      hookUrl: string | null;
      /** @description amoCRM with OAuth: open this to grant access; amoCRM returns to /api/v1/connector-oauth/amocrm */
      authorizeUrl: string | null;
      active: boolean;
      /** @enum {string} */
      status: 'new' | 'ok' | 'failing';
      lastError: string | null;
      failures: number;
      lastSyncAt: string | null;
      nextSyncAt: string;
      createdAt: string;
      updatedAt: string;
    };
    ConnectorRunInput: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      trigger: 'manual' | 'schedule' | 'webhook';
      /** @enum {string} */
      status: 'running' | 'ok' | 'failed';
      fetched: number;
      created: number;
      updated: number;
      removed: number;
      skipped: number;
      /** @description The first 100 skipped records and why */
      skips: {
        sourceId: string;
        reason: string;
      }[];
      error: string | null;
      startedAt: string;
      finishedAt: string | null;
    };
    ConnectorSyncAcceptedInput: {
      queued: boolean;
    };
    TierInput: {
      /** Format: uuid */
      id: string;
      name: string;
      rank: number;
      /** @enum {string} */
      match: 'any' | 'all';
      criteria: {
        /** @description Visits in the last 12 months */
        minVisits?: number | null;
        /** @description Amount spent in the last 12 months */
        minSpend?: number | null;
        /** @description Days since the first visit */
        minTenureDays?: number | null;
        /** @description Qualified referrals in the last 12 months */
        minReferrals?: number | null;
      };
      manualOnly: boolean;
      graceDays: number;
      perks: string | null;
      /** @description Customers in this tier now */
      customers: number;
      createdAt: string;
      updatedAt: string;
    };
    TierPreviewInput: {
      customers: number;
      /** @description Customers whose tier would change */
      moving: number;
      up: number;
      down: number;
      byTier: {
        tierId: string | null;
        name: string | null;
        now: number;
        after: number;
      }[];
    };
    /** @description What the customer is told when the gesture is owed, per language; {firstName} and {business} are filled in */
    GestureNoticeInput: {
      en?: string;
      ru?: string;
      bg?: string;
    };
    GestureInput: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'recognition' | 'personal_touch' | 'surprise';
      description: string | null;
      costEstimate: number | null;
      /** @enum {string} */
      trigger: 'birthday' | 'first_visit_anniversary' | 'nth_visit' | 'tier_entry' | 'recovery_resolved' | 'manual';
      triggerVisit: number | null;
      triggerTierId: string | null;
      tierIds: string[];
      touchpointIds: string[];
      /** @enum {string} */
      assigneeRole: 'owner' | 'manager' | 'staff';
      assigneeStaffId: string | null;
      dueDays: number;
      notice: components['schemas']['GestureNoticeInput'] | null;
      noticeOnly: boolean;
      active: boolean;
      createdAt: string;
      updatedAt: string;
    };
    GestureTaskInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      gestureId: string;
      gestureName: string;
      /** @enum {string} */
      gestureKind: 'recognition' | 'personal_touch' | 'surprise';
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      occasion: string;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'skipped' | 'expired';
      dueAt: string;
      deliveredAt: string | null;
      deliveredBy: string | null;
      interactionId: string | null;
      skipReason: string | null;
      /** @description The gesture's notice: due, queued, sent, not_sent; null: none */
      noticeState: ('due' | 'queued' | 'sent' | 'not_sent') | null;
      /** @description The channel the notice went by */
      noticeChannel: string | null;
      noticeError: string | null;
      /** @description The customer has a visit today at the task location */
      visitingToday: boolean;
      /** @description Today's latest visit there: where the gesture can be delivered */
      todayInteractionId: string | null;
      createdAt: string;
    };
    LoyaltyInput: {
      /** Format: uuid */
      customerId: string;
      tier: {
        /** Format: uuid */
        id: string;
        name: string;
        rank: number;
      } | null;
      since: string | null;
      manual: boolean;
      /** @description Below the threshold since (in grace); null when at or above it */
      belowSince: string | null;
      figures: {
        visits: number;
        spend: number;
        tenureDays: number;
        referrals: number;
      };
      progress: {
        /** Format: uuid */
        tierId: string;
        name: string;
        /** @enum {string} */
        match: 'any' | 'all';
        criteria: {
          criterion: string;
          have: number;
          need: number;
        }[];
      } | null;
      profile: {
        birthday: string | null;
        preferences: string | null;
        remember: string | null;
        profilingOptOut: boolean;
      };
      gestures: components['schemas']['GestureTaskInput'][];
      /** @description Null unless the optional points ledger is on */
      points: {
        balance: number;
      } | null;
      /** @description Their answers to "who do you know who does this better?", newest first */
      betterElsewhere: {
        /** Format: uuid */
        responseId: string;
        answer: string;
        submittedAt: string;
      }[];
    };
    RecognitionFiguresInput: {
      from: string;
      to: string;
      delivery: {
        /** @description Tasks closed in the period: delivered, skipped or expired */
        closed: number;
        delivered: number;
        /** @description Delivered by the due time */
        onTime: number;
        skipped: number;
        expired: number;
        /** @description delivered / closed, % */
        deliveryRate: number | null;
        /** @description onTime / delivered, % */
        onTimeRate: number | null;
      };
      byLocation: {
        /** @description Tasks closed in the period: delivered, skipped or expired */
        closed: number;
        delivered: number;
        /** @description Delivered by the due time */
        onTime: number;
        skipped: number;
        expired: number;
        /** @description delivered / closed, % */
        deliveryRate: number | null;
        /** @description onTime / delivered, % */
        onTimeRate: number | null;
        locationId: string | null;
      }[];
      byStaff: {
        /** @description Tasks closed in the period: delivered, skipped or expired */
        closed: number;
        delivered: number;
        /** @description Delivered by the due time */
        onTime: number;
        skipped: number;
        expired: number;
        /** @description delivered / closed, % */
        deliveryRate: number | null;
        /** @description onTime / delivered, % */
        onTimeRate: number | null;
        staffId: string | null;
      }[];
      /** @description Customers who received a gesture closed in the period */
      gifted: {
        customers: number;
        repeatVisit: {
          value: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
      };
      /** @description Customers whose gesture expired (and who received none): the control group */
      expired: {
        customers: number;
        repeatVisit: {
          value: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
      };
      /** @description Moves between tiers during the period (null = no tier) */
      tierMigration: {
        fromTierId: string | null;
        toTierId: string | null;
        customers: number;
      }[];
      /** @description Each customer’s tier at `from` against their tier at `to` (null = none); customers with no tier at either end are left out */
      tierMatrix: {
        fromTierId: string | null;
        toTierId: string | null;
        customers: number;
      }[];
      /** @description How much of the idea board the top tenth of lead users carries */
      ideasFromTopLeadUsers: {
        /** @description Customers with a lead-user score above 0 (profiling opt-outs left out) */
        leadUsers: number;
        /** @description The top tenth of them, rounded up */
        topTenth: number;
        /** @description Customer ideas posted in the period */
        ideas: number;
        fromTopTenth: number;
        /** @description fromTopTenth / ideas, % */
        share: number | null;
      };
      /** @description Customer ideas marked done in the period, per quarter */
      ideasShippedPerQuarter: {
        /** @description e.g. 2026-Q2, on the organisation's clock */
        quarter: string;
        shipped: number;
      }[];
    };
    LeadUsersInput: {
      items: {
        /** Format: uuid */
        customerId: string;
        name: string | null;
        score: number;
        reasons: {
          /** @enum {string} */
          reason: 'ideas' | 'referrals' | 'reviews' | 'comments' | 'value' | 'early_adopter';
          count: number;
          points: number;
        }[];
        /** @description Only with the customer’s marketing (email) consent */
        canInviteToCoCreate: boolean;
      }[];
      privacyNotice: {
        en: string;
        ru: string;
        bg: string;
      };
    };
    CoCreationInvitationInput: {
      /** Format: uuid */
      customerId: string;
      to: string;
      /** @enum {string} */
      language: 'en' | 'ru' | 'bg';
    };
    PointsSettingsInput: {
      enabled: boolean;
    };
    PointsEntryInput: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** @enum {string} */
      kind: 'earn' | 'spend' | 'expire' | 'reverse';
      /** @description Signed: what the entry adds to the balance */
      points: number;
      /** @enum {string} */
      sourceType: 'interaction' | 'referral' | 'gesture' | 'manual' | 'review';
      sourceId: string;
      reversesId: string | null;
      note: string | null;
      createdAt: string;
      /** @description The customer's balance after this entry's request */
      balance: number;
    };
    MailSettingsInput: {
      /** @description False: mail goes out through the server-wide settings */
      configured: boolean;
      host: string | null;
      port: number | null;
      username: string | null;
      /** @description The password is write-only: only whether one is stored */
      passwordSet: boolean;
      senderName: string | null;
      fromAddress: string | null;
    };
    Error: {
      error: {
        code: string;
        message: string;
        fields?: {
          [key: string]: string;
        };
      };
    };
    Organisation: {
      /** Format: uuid */
      id: string;
      name: string;
      timeZone: string;
      defaultLanguage: string;
      brandColor: string;
      logoUrl: string | null;
      inviteThrottleDays: number;
      quietHoursStart: number;
      quietHoursEnd: number;
      /** @description Where customers reach this organisation's links; ZABOTA_PUBLIC_URL when null */
      publicUrl: string | null;
      /** @description ISO 4217 code every money figure is shown in */
      currency: string;
      createdAt: string;
    };
    StaffMember: {
      /** Format: uuid */
      id: string;
      name: string;
      email: string;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      locationIds: string[];
      position: string | null;
      language: string | null;
      active: boolean;
      /** @description Last working day of someone who left (staff exits per location) */
      endedOn: string | null;
      invitePending: boolean;
      externalId: string | null;
      createdAt: string;
      updatedAt: string;
    };
    Me: {
      org: components['schemas']['Organisation'];
      staff: components['schemas']['StaffMember'] | null;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      /** @enum {string} */
      via: 'session' | 'api_key';
      csrfToken: string | null;
    };
    ApiKey: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      staffId: string | null;
      prefix: string;
      createdAt: string;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
    Survey: {
      name: string;
      languages: string[];
      questions: {
        id: string;
        /** @enum {string} */
        type:
          | 'nps'
          | 'csat'
          | 'ces'
          | 'emotion'
          | 'rating'
          | 'single'
          | 'multi'
          | 'text'
          | 'staff'
          | 'referral_source'
          | 'better_elsewhere';
        text: {
          [key: string]: string;
        };
        hint?: {
          [key: string]: string;
        };
        /** @default false */
        required: boolean;
        options?: {
          id: string;
          text: {
            [key: string]: string;
          };
        }[];
        scale?: number;
        maxLength?: number;
        showIf?: {
          question: string;
          in?: (string | number)[];
          min?: number;
          max?: number;
        };
      }[];
      title?: {
        [key: string]: string;
      } | null;
      intro?: {
        [key: string]: string;
      } | null;
      thanks?: {
        [key: string]: string;
      } | null;
      /** @default {} */
      settings: {
        triggerDelayHours?: number;
        throttleDays?: number;
        reviewUrl?: string | null;
        /** @description List the location's review sites on the thank-you page: to every respondent alike, never by answer */
        showReviewSites?: boolean;
        referralText?: {
          [key: string]: string;
        } | null;
        tokenTtlDays?: number;
        /** @description Send the invitation again after this many days if it is still unopened */
        reminderDays?: number;
        /** @description Answers (form posts) accepted through the public link per 10 minutes: from one address, and in all */
        publicLimits?: {
          perAddress?: number;
          perLink?: number;
        };
      };
      /**
       * @default active
       * @enum {string}
       */
      status: 'draft' | 'active' | 'closed';
      /**
       * @description Invite after interactions at these touchpoints
       * @default []
       */
      touchpointIds: string[];
      locationId: string | null;
      /** Format: uuid */
      id: string;
      slug: string;
      /** @description The public link, /s/p/{slug} */
      publicUrl: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    BatchResult: {
      created: number;
      existing: number;
      errors: number;
      results: {
        index: number;
        /** @enum {string} */
        status: 'created' | 'existing' | 'error';
        /** Format: uuid */
        id?: string;
        error?: {
          message: string;
          fields: {
            [key: string]: string;
          };
        };
      }[];
    };
    Interaction: {
      /** Format: uuid */
      id: string;
      externalId: string | null;
      customerId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @description The shift it happened in, so figures can be read by shift */
      shift: ('morning' | 'day' | 'evening' | 'night') | null;
      occurredAt: string;
      revenue: number | null;
      currency: string | null;
      note: string | null;
      createdAt: string;
      updatedAt: string;
    };
    InteractionListItem: {
      /** Format: uuid */
      id: string;
      externalId: string | null;
      customerId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @description The shift it happened in, so figures can be read by shift */
      shift: ('morning' | 'day' | 'evening' | 'night') | null;
      occurredAt: string;
      revenue: number | null;
      currency: string | null;
      note: string | null;
      createdAt: string;
      updatedAt: string;
      customerName: string | null;
      touchpointName: string | null;
      locationName: string | null;
      staffName: string | null;
    };
    RetentionSummary: {
      period: {
        from: string | null;
        to: string | null;
      };
      /** @description Customers with ≥ 2 purchases in the window / customers with ≥ 1 (hits = the former, n = the latter) */
      repeatRate: {
        value: number | null;
        hits: number;
        n: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      purchases: number;
      revenue: number;
      /** @description First purchase ever in the window */
      newCustomers: {
        n: number;
        revenue: number;
      };
      /** @description Had purchased before the window */
      returningCustomers: {
        n: number;
        revenue: number;
      };
    };
    RetentionCohorts: {
      /** @constant */
      by: 'month';
      groupBy: string;
      currentMonth: string;
      items: {
        cohort: string;
        group: string;
        size: number;
        retention: {
          k: number;
          customers: number;
          pct: number | null;
        }[];
      }[];
    };
    RetentionRfm: {
      customers: number;
      segments: {
        customers: number;
        purchases: number;
        revenue: number;
        /** @description Historic lifetime value: revenue per customer */
        clv: number | null;
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        /** @enum {string} */
        segment:
          'champions' | 'loyal' | 'potential_loyalists' | 'new' | 'at_risk' | 'cant_lose' | 'hibernating' | 'lost';
      }[];
      channels: {
        customers: number;
        purchases: number;
        revenue: number;
        /** @description Historic lifetime value: revenue per customer */
        clv: number | null;
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        channel: string | null;
      }[];
      bySegmentAndChannel: {
        /** @enum {string} */
        segment:
          'champions' | 'loyal' | 'potential_loyalists' | 'new' | 'at_risk' | 'cant_lose' | 'hibernating' | 'lost';
        channel: string | null;
        customers: number;
        revenue: number;
        clv: number | null;
      }[];
    };
    RetentionExperience: {
      days: number;
      items: {
        /** @enum {string} */
        band: 'promoter' | 'passive' | 'detractor';
        customers: number;
        /** @description Answered less than `days` ago: not counted yet */
        pending: number;
        repeatRate: {
          value: number | null;
          hits: number;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
      }[];
      /** @description Repeat rate of promoters minus that of detractors, in points */
      gap: number | null;
    };
    MetricsSummary: {
      nps: {
        value: number | null;
        n: number;
        promoters: number;
        passives: number;
        detractors: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      csat: {
        value: number | null;
        mean: number | null;
        n: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      ces: {
        value: number | null;
        mean: number | null;
        n: number;
        ci95: [number, number] | null;
        tooFew: boolean;
      };
      wom: {
        value: number | null;
        k: number;
      };
      responses: number;
      period: {
        from: string | null;
        to: string | null;
      };
      /** @description The same figures for the period just before, when from and to are given */
      previous: {
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        ces: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        wom: {
          value: number | null;
          k: number;
        };
        responses: number;
      } | null;
      responseRate: {
        invited: number;
        answered: number;
        value: number | null;
      };
      /** @enum {string} */
      source: 'rollup' | 'raw';
      /** @description A pending rebuild of the stored figures (read from the responses meanwhile), with its progress */
      rebuild: {
        reason: string;
        done: number;
        steps: number;
      } | null;
    };
    MetricsTimeseries: {
      /** @enum {string} */
      metric: 'nps' | 'csat' | 'ces' | 'wom';
      interval: string;
      items: ({
        value: number | null;
        n: number;
        period: string;
      } & {
        [key: string]: unknown;
      })[];
      /** @enum {string} */
      source: 'rollup' | 'raw';
    };
    MetricsBreakdown: {
      /** @enum {string} */
      metric: 'nps' | 'csat' | 'ces' | 'wom';
      by: string;
      items: ({
        value: number | null;
        n: number;
        key: string;
        label: string | null;
      } & {
        [key: string]: unknown;
      })[];
      /** @enum {string} */
      source: 'rollup' | 'raw';
    };
    MetricsDrivers: {
      /** @constant */
      method: 'relative_weights';
      /** @description A case is a customer-month: the customer's latest NPS answer (0–10) that local month in a response not tied to a touchpoint, against their touchpoint scores that month. The period is read as the whole local months it touches */
      outcome: string;
      /** @description Share of the variance of overall NPS the touchpoints explain together (0–1) */
      r2: number | null;
      /** @description Cases (customer-months) with an overall answer and at least one touchpoint score */
      n: number;
      tooFew: boolean;
      items: {
        key: string;
        label: string | null;
        kind: string | null;
        /** @description Relative weight; the importances sum to r2 */
        importance: number | null;
        /** @description importance / r2, in % */
        share: number | null;
        /** @description Mean touchpoint score, 0–100 */
        performance: number | null;
        n: number;
        tooFew: boolean;
      }[];
    };
    MetricsStaffView: {
      staff: {
        id: string;
        name: string;
        role: string;
      };
      period: {
        from: string | null;
        to: string | null;
      };
      summary: {
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        ces: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        wom: {
          value: number | null;
          k: number;
        };
        responses: number;
      };
      previous: {
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        ces: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        wom: {
          value: number | null;
          k: number;
        };
        responses: number;
      } | null;
      trend: {
        period: string;
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        csat: {
          value: number | null;
          mean: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        responses: number;
      }[];
      comments: {
        responseId: string;
        submittedAt: string;
        comment: string;
        nps: number | null;
        csat: number | null;
        touchpointId: string | null;
        locationId: string | null;
      }[];
    };
    Customer: {
      /** Format: uuid */
      id: string;
      externalId: string | null;
      name: string | null;
      email: string | null;
      phone: string | null;
      language: string | null;
      consentEmail: boolean;
      consentSms: boolean;
      acquisitionChannel: string | null;
      acquisitionCampaign: string | null;
      referrerId: string | null;
      notes: string | null;
      createdAt: string;
      updatedAt: string;
      /** @description Customer since: their first interaction, else first response, else the record date (one customer only) */
      since?: {
        at: string;
        /** @enum {string} */
        from: 'interaction' | 'response' | 'created';
      };
    };
    Response: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      invitationId: string | null;
      customerId: string | null;
      interactionId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      channel: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
      /** @description An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page */
      contact?: {
        email?: string;
        phone?: string;
        consentAt: string;
        source: string;
      } | null;
      language: string;
      /** @enum {string} */
      status: 'partial' | 'complete';
      answers: {
        [key: string]: number | string | string[];
      };
      nps: number | null;
      csat: number | null;
      ces: number | null;
      emotion: string | null;
      comment: string | null;
      tags: string[];
      externalId: string | null;
      submittedAt: string;
      createdAt: string;
      updatedAt: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      /** @description anger, frustration, disappointment, neutral, satisfaction, joy or gratitude */
      textEmotion: string | null;
      /** @description Topic ids of the organisation's taxonomy */
      topics: string[] | null;
      textLanguage: string | null;
      textEvidence:
        | {
            kind: string;
            label: string;
            text: string;
            start: number;
            end: number;
            weight?: number;
          }[]
        | null;
      textAnalyzedAt: string | null;
      /** @description manual: corrected by a manager, kept when the comments are relabelled */
      textSource: ('builtin' | 'external' | 'manual') | null;
    };
    ResponseListItem: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      invitationId: string | null;
      customerId: string | null;
      interactionId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      channel: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
      /** @description An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page */
      contact?: {
        email?: string;
        phone?: string;
        consentAt: string;
        source: string;
      } | null;
      language: string;
      /** @enum {string} */
      status: 'partial' | 'complete';
      answers: {
        [key: string]: number | string | string[];
      };
      nps: number | null;
      csat: number | null;
      ces: number | null;
      emotion: string | null;
      comment: string | null;
      tags: string[];
      externalId: string | null;
      submittedAt: string;
      createdAt: string;
      updatedAt: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      /** @description anger, frustration, disappointment, neutral, satisfaction, joy or gratitude */
      textEmotion: string | null;
      /** @description Topic ids of the organisation's taxonomy */
      topics: string[] | null;
      textLanguage: string | null;
      textEvidence:
        | {
            kind: string;
            label: string;
            text: string;
            start: number;
            end: number;
            weight?: number;
          }[]
        | null;
      textAnalyzedAt: string | null;
      /** @description manual: corrected by a manager, kept when the comments are relabelled */
      textSource: ('builtin' | 'external' | 'manual') | null;
      surveyName: string | null;
      customerName: string | null;
      touchpointName: string | null;
      locationName: string | null;
      staffName: string | null;
    };
    ResponseNote: {
      /** Format: uuid */
      id: string;
      body: string;
      authorId: string | null;
      authorName: string | null;
      createdAt: string;
    };
    ResponseDetail: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      invitationId: string | null;
      customerId: string | null;
      interactionId: string | null;
      touchpointId: string | null;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      channel: 'link' | 'public' | 'qr' | 'email' | 'widget' | 'api' | 'import' | 'telegram' | 'viber';
      /** @description An anonymous respondent who agreed to be contacted: how, when they agreed, and on which page */
      contact?: {
        email?: string;
        phone?: string;
        consentAt: string;
        source: string;
      } | null;
      language: string;
      /** @enum {string} */
      status: 'partial' | 'complete';
      answers: {
        [key: string]: number | string | string[];
      };
      nps: number | null;
      csat: number | null;
      ces: number | null;
      emotion: string | null;
      comment: string | null;
      tags: string[];
      externalId: string | null;
      submittedAt: string;
      createdAt: string;
      updatedAt: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      /** @description anger, frustration, disappointment, neutral, satisfaction, joy or gratitude */
      textEmotion: string | null;
      /** @description Topic ids of the organisation's taxonomy */
      topics: string[] | null;
      textLanguage: string | null;
      textEvidence:
        | {
            kind: string;
            label: string;
            text: string;
            start: number;
            end: number;
            weight?: number;
          }[]
        | null;
      textAnalyzedAt: string | null;
      /** @description manual: corrected by a manager, kept when the comments are relabelled */
      textSource: ('builtin' | 'external' | 'manual') | null;
      surveyName: string | null;
      customerName: string | null;
      touchpointName: string | null;
      locationName: string | null;
      staffName: string | null;
      notes: components['schemas']['ResponseNote'][];
    };
    SurveyResults: {
      /** Format: uuid */
      surveyId: string;
      /** @description Every response to the survey the caller may see, complete or not */
      responses: number;
      complete: number;
      /** @description Started and left before the end */
      partial: number;
      /** @description complete / responses, 0–1; null without responses */
      completionRate: number | null;
      questions: {
        id: string;
        type: string;
        text: {
          [key: string]: string;
        };
        /** @description Responses that answered this question */
        answered: number;
        /** @description Responses per value, every value of the scale or option list in order (a multiple choice counts each option picked) */
        distribution: {
          value: string;
          n: number;
        }[];
        /** @description Mean of a numeric scale (nps, csat, ces, rating) */
        mean: number | null;
        /** @description Text questions: the newest answers, newest first */
        latest: {
          /** Format: uuid */
          responseId: string;
          text: string;
          submittedAt: string;
        }[];
      }[];
    };
    Webhook: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | 'response.created'
        | 'case.opened'
        | 'case.assigned'
        | 'case.breached'
        | 'case.resolved'
        | 'review.received'
        | 'referral.qualified'
      )[];
      active: boolean;
      description: string | null;
      createdAt: string;
      updatedAt: string;
    };
    WebhookWithSecret: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | 'response.created'
        | 'case.opened'
        | 'case.assigned'
        | 'case.breached'
        | 'case.resolved'
        | 'review.received'
        | 'referral.qualified'
      )[];
      active: boolean;
      description: string | null;
      createdAt: string;
      updatedAt: string;
      /** @description `whsec_<base64>`: signs every delivery (Standard Webhooks `webhook-signature`). Shown only now. */
      secret: string;
    };
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      eventId: string;
      eventType: string;
      attempt: number;
      ok: boolean;
      /** @description False on success and after the last attempt */
      willRetry: boolean;
      statusCode: number | null;
      durationMs: number;
      error: string | null;
      attemptedAt: string;
      completedAt: string;
    };
    FloodSummary: {
      surveys: {
        /** Format: uuid */
        surveyId: string;
        /** @description Suspected responses: many from one address in a short time */
        responses: number;
        openCases: number;
      }[];
    };
    FloodExcluded: {
      /** @description Suspected responses deleted: they leave every figure */
      responses: number;
      /** @description Their open cases, closed as "no contact" */
      casesClosed: number;
    };
    Invitation: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      customerId: string | null;
      interactionId: string | null;
      /** @enum {string} */
      channel: 'link' | 'email' | 'widget' | 'api' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /** @enum {string} */
      status: 'scheduled' | 'sent' | 'opened' | 'answered' | 'bounced' | 'expired' | 'skipped';
      scheduledFor: string;
      sentAt: string | null;
      openedAt: string | null;
      answeredAt: string | null;
      remindedAt: string | null;
      expiresAt: string;
      /** @description Why it was skipped or bounced */
      error: string | null;
      /** @description The interaction's location, else the survey's */
      locationId: string | null;
      createdAt: string;
    };
    InvitationCreated: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      customerId: string | null;
      interactionId: string | null;
      /** @enum {string} */
      channel: 'link' | 'email' | 'widget' | 'api' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /** @enum {string} */
      status: 'scheduled' | 'sent' | 'opened' | 'answered' | 'bounced' | 'expired' | 'skipped';
      scheduledFor: string;
      sentAt: string | null;
      openedAt: string | null;
      answeredAt: string | null;
      remindedAt: string | null;
      expiresAt: string;
      /** @description Why it was skipped or bounced */
      error: string | null;
      /** @description The interaction's location, else the survey's */
      locationId: string | null;
      createdAt: string;
      /** @description The personal link /s/{token}. Shown only in this answer; null when the invitation already existed */
      url: string | null;
    };
    InvitationStats: {
      /** Format: uuid */
      surveyId: string;
      total: number;
      byStatus: {
        [key: string]: number;
      };
      /** @description Invitations that reached the customer (sent and not bounced) */
      delivered: number;
      /** @description (opened + answered) / delivered, 0–1; null with nothing delivered */
      openRate: number | null;
      /** @description answered / delivered, 0–1; null with nothing delivered */
      responseRate: number | null;
    };
    ReviewSource: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      locationId: string;
      /** @enum {string} */
      platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
      url: string;
      externalRef: string | null;
      /** @description Google: the last time its reviews were read */
      lastSyncAt: string | null;
      /** @description Google: why the last read failed (null after a good one) */
      lastSyncError: string | null;
      /** @description Google: when the reviews are read next */
      nextSyncAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    ReviewRequest: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** Format: uuid */
      interactionId: string;
      locationId: string | null;
      sourceId: string | null;
      /** @enum {string} */
      status: 'scheduled' | 'sent' | 'clicked' | 'skipped' | 'bounced';
      reason: string | null;
      language: string;
      scheduledFor: string;
      sentAt: string | null;
      clickedAt: string | null;
      createdAt: string;
    };
    Review: {
      /** Format: uuid */
      id: string;
      sourceId: string | null;
      locationId: string | null;
      /** @enum {string} */
      platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
      externalId: string;
      rating: number | null;
      text: string | null;
      author: string | null;
      reviewedAt: string;
      sentiment: string | null;
      emotion: string | null;
      topics: string[];
      replyText: string | null;
      repliedAt: string | null;
      /** @description A reply saved as a draft, not posted yet */
      draftText: string | null;
      draftAt: string | null;
      draftBy: string | null;
      customerId: string | null;
      interactionId: string | null;
      matchedBy: string | null;
      caseId: string | null;
      url: string | null;
      createdAt: string;
    };
    /** @description All rows or none: a bad row answers 400 with fields named "line N: column" */
    ReviewImportResult: {
      created: number;
      /** @description Rows whose externalId was imported before: left as they are */
      existing: number;
    };
    ReviewReply: {
      /** Format: uuid */
      id: string;
      /**
       * @description draft saved, posted through the API, copied for a site without one, or failed
       * @enum {string}
       */
      kind: 'draft' | 'posted' | 'copied' | 'failed';
      text: string;
      authorId: string | null;
      authorName: string | null;
      /** @description What the site's API answered (its reply time, or its error) */
      response: string | null;
      createdAt: string;
    };
    ReviewMatchSuggestion: {
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      /** Format: uuid */
      interactionId: string;
      occurredAt: string;
      locationId: string | null;
      /** @description 0–1: the name alike (most), the visit recent, the same location */
      score: number;
      /** @description Whole days from the visit to the review */
      daysBefore: number;
      sameLocation: boolean;
      /** @description The words of the customer's name that match the author's */
      nameMatched: string[];
    };
    ReviewSettings: {
      requestsEnabled: boolean;
      delayHours: number;
      requestTemplates: {
        [key: string]: {
          subject: string;
          body: string;
        };
      };
      replyTemplates: {
        name: string;
        language: string;
        body: string;
      }[];
      recoveryDueHours: number;
      googleBaseUrl: string | null;
      googleConnected: boolean;
    };
    Reputation: {
      reviews: number;
      averageRating: number | null;
      requestsSent: number;
      requestsClicked: number;
      /** @description Reviews matched to a customer who followed a request link */
      reviewsFromRequests: number;
      replied: number;
      replyRate: number | null;
      medianReplyHours: number | null;
      negative: number;
      /** @description Negative reviews whose recovery case is resolved */
      negativeRecovered: number;
      /** @description The same locations' NPS over the same period, beside the public rating */
      nps: number | null;
      /** @description How many NPS answers the NPS is computed from */
      npsResponses: number;
      bySource: {
        locationId: string | null;
        /** @enum {string} */
        platform: 'google' | 'yandex_maps' | '2gis' | 'facebook' | 'tripadvisor' | 'other';
        sourceId: string | null;
        reviews: number;
        averageRating: number | null;
      }[];
      /** @description Per calendar month (UTC) of the review date: count, mean rating with its 95% interval, replies */
      byMonth: {
        month: string;
        reviews: number;
        averageRating: number | null;
        ratingCi95: [number, number] | null;
        replied: number;
      }[];
    };
    TextEvidence: {
      /** @enum {string} */
      kind: 'sentiment' | 'emotion' | 'topic';
      /** @description positive / negative, an emotion, or a topic id */
      label: string;
      /** @description The words that triggered the label: exactly text.slice(start, end) */
      text: string;
      start: number;
      end: number;
      /** @description Sentiment only: the contribution after negation, intensifiers and contrast */
      weight?: number;
    };
    TextAnalysis: {
      /** @enum {string} */
      lang: 'ru' | 'bg' | 'en' | 'other';
      /** @enum {string} */
      sentiment: 'negative' | 'neutral' | 'positive';
      score: number;
      /** @enum {string} */
      emotion: 'anger' | 'frustration' | 'disappointment' | 'neutral' | 'satisfaction' | 'joy' | 'gratitude';
      /** @description Topic ids of the taxonomy; `other` when none matched */
      topics: string[];
      evidence: components['schemas']['TextEvidence'][];
    };
    TextAnalyzeRequest:
      | {
          /** @description The comment, up to 10,000 characters */
          text: string;
          /**
           * @description Skip language detection and read the text as this language
           * @enum {string}
           */
          lang?: 'ru' | 'bg' | 'en';
        }
      | {
          items: {
            id: string;
            /** @description The comment, up to 10,000 characters */
            text: string;
            /**
             * @description Skip language detection and read the text as this language
             * @enum {string}
             */
            lang?: 'ru' | 'bg' | 'en';
          }[];
        };
    TextAnalyzeResponse:
      | components['schemas']['TextAnalysis']
      | {
          items: {
            /** @enum {string} */
            lang: 'ru' | 'bg' | 'en' | 'other';
            /** @enum {string} */
            sentiment: 'negative' | 'neutral' | 'positive';
            score: number;
            /** @enum {string} */
            emotion: 'anger' | 'frustration' | 'disappointment' | 'neutral' | 'satisfaction' | 'joy' | 'gratitude';
            /** @description Topic ids of the taxonomy; `other` when none matched */
            topics: string[];
            evidence: components['schemas']['TextEvidence'][];
            id: string;
          }[];
        };
    TextTopic: {
      id: string;
      /**
       * @description The touchpoint kind the topic belongs to
       * @enum {string}
       */
      kind: 'product' | 'brand' | 'service';
      /** @description `word`, `root*` (at least 3 letters) or a phrase */
      terms: {
        en?: string[];
        ru?: string[];
        bg?: string[];
      };
    };
    TextTaxonomyUpdate: {
      topics: components['schemas']['TextTopic'][];
      /** @description Topic given when none matched (default: other) */
      fallback?: string;
    };
    TextRelabelRun: {
      /** Format: uuid */
      id: string;
      total: number;
      done: number;
      startedAt: string;
      finishedAt: string | null;
      /** @enum {string} */
      state: 'running' | 'done';
    };
    TextRelabelStatus: {
      run: components['schemas']['TextRelabelRun'] | null;
    };
    TextTaxonomy: {
      topics: components['schemas']['TextTopic'][];
      /** @description Topic given when none matched (default: other) */
      fallback?: string;
      isDefault: boolean;
      version: number;
      relabel?: components['schemas']['TextRelabelRun'] | null;
    };
    TextLabelCorrection: {
      /** @enum {string} */
      sentiment?: 'negative' | 'neutral' | 'positive';
      /** @enum {string} */
      emotion?: 'anger' | 'frustration' | 'disappointment' | 'neutral' | 'satisfaction' | 'joy' | 'gratitude';
      topics?: string[];
    };
    TextLabelResult: {
      /** Format: uuid */
      id: string;
      sentiment: ('negative' | 'neutral' | 'positive') | null;
      sentimentScore: number | null;
      textEmotion: string | null;
      topics: string[] | null;
      textSource: string | null;
      /** @description Overrides the correction added to the organisation analyser */
      learnt: {
        lang: string;
        kind: string;
        term: string;
        weight: number | null;
        topic: string | null;
        emotion: string | null;
      }[];
    };
    TextTopicStats: {
      topic: string;
      kind: string | null;
      count: number;
      /** @description Of the labelled comments in the period */
      share: number;
      sentiment: {
        negative: number;
        neutral: number;
        positive: number;
      };
      /** @description NPS of the responses that mention the topic */
      nps: number | null;
      npsN: number;
      /** @description Share of the detractors with a labelled comment who mention it */
      detractorShare: number | null;
      promoterShare: number | null;
      previous: {
        count: number;
        share: number;
      };
      /** @description This period minus the previous one of the same length */
      change: {
        count: number;
        share: number;
      };
      examples: {
        /** Format: uuid */
        id: string;
        comment: string;
        sentiment: string | null;
        nps: number | null;
      }[];
    };
    TextTopics: {
      period: {
        from: string;
        to: string;
      };
      comments: number;
      detractors: number;
      promoters: number;
      topics: components['schemas']['TextTopicStats'][];
    };
    TextSettings: {
      external: {
        enabled: boolean;
        url: string | null;
        model: string | null;
        hasKey: boolean;
      };
    };
    TextSettingsUpdate: {
      external: {
        enabled: boolean;
        url?: string | null;
        model?: string | null;
        /** @description Write-only; null removes it */
        apiKey?: string | null;
      };
    };
    ImportRequest: {
      /** @description The file's text: a header line, then rows; `,` `;` or tab delimited */
      csv: string;
      /** @description CSV header → field; null or absent headers are not imported. Without it, the suggested mapping is used. */
      mapping?: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
    };
    ResponseImportRequest: {
      /** @description The file's text: a header line, then rows; `,` `;` or tab delimited */
      csv: string;
      /** @description CSV header → field; null or absent headers are not imported. Without it, the suggested mapping is used. */
      mapping?: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
      /**
       * Format: uuid
       * @description The survey the rows answer: its question ids and texts name the answer columns
       */
      surveyId: string;
      /**
       * @description Keep rows that miss required answers, as partial responses
       * @default false
       */
      partial: boolean;
    };
    ImportPreview: {
      headers: string[];
      /** @description The fields this import can fill */
      fields: (
        | (
            | 'externalId'
            | 'name'
            | 'email'
            | 'phone'
            | 'language'
            | 'consentEmail'
            | 'consentSms'
            | 'acquisitionChannel'
            | 'acquisitionCampaign'
            | 'notes'
            | 'occurredAt'
            | 'customerExternalId'
            | 'customerEmail'
            | 'touchpoint'
            | 'location'
            | 'staff'
            | 'shift'
            | 'revenue'
            | 'currency'
            | 'note'
            | 'submittedAt'
          )
        | string
      )[];
      suggestedMapping: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
      /** @description The mapping the rows below were read with */
      mapping: {
        [key: string]:
          | (
              | (
                  | 'externalId'
                  | 'name'
                  | 'email'
                  | 'phone'
                  | 'language'
                  | 'consentEmail'
                  | 'consentSms'
                  | 'acquisitionChannel'
                  | 'acquisitionCampaign'
                  | 'notes'
                  | 'occurredAt'
                  | 'customerExternalId'
                  | 'customerEmail'
                  | 'touchpoint'
                  | 'location'
                  | 'staff'
                  | 'shift'
                  | 'revenue'
                  | 'currency'
                  | 'note'
                  | 'submittedAt'
                )
              | string
            )
          | null;
      };
      /** @description The first 20 rows */
      rows: {
        line: number;
        values: {
          [key: string]: string | number | boolean | null | string[];
        };
        errors?: {
          [key: string]: string;
        };
        /** @description Each refused field's cell text, as written in the file */
        invalid?: {
          [key: string]: string;
        };
      }[];
      totalRows: number;
      errorRows: number;
    };
    ImportSummary: {
      rows: number;
      created: number;
      /** @description Rows whose externalId was imported before: left unchanged */
      existing: number;
      errorRows: number;
      /** @description Rows not imported, by CSV line (the first 1,000) */
      errors: {
        line: number;
        fields: {
          [key: string]: string;
        };
        /** @description Each refused field's cell text, as written in the file */
        values?: {
          [key: string]: string;
        };
      }[];
    };
    Insight: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      audience: 'staff' | 'customer';
      /** @enum {string} */
      kind: 'want' | 'irritant' | 'idea';
      title: string;
      body: string | null;
      /** @description Null for an anonymous post where the location has fewer than 5 staff */
      locationId: string | null;
      touchpointId: string | null;
      anonymous: boolean;
      author: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      onBehalfOfCustomerId: string | null;
      /** @enum {string} */
      status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
      outcome: string | null;
      outcomeAt: string | null;
      mergedIntoId: string | null;
      rootCauseId: string | null;
      topics: string[];
      votes: number;
      /** @description Whether the caller has voted */
      voted: boolean;
      comments: number;
      createdAt: string;
      updatedAt: string;
    };
    InsightComment: {
      /** Format: uuid */
      id: string;
      author: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      body: string;
      createdAt: string;
    };
    InsightEvidence: {
      customerComments: {
        /** @description Customer comments on the same topic at the same location in the last 90 days */
        count: number;
        items: {
          /** Format: uuid */
          responseId: string;
          comment: string;
          nps: number | null;
          submittedAt: string;
        }[];
      };
      cases: {
        /** Format: uuid */
        id: string;
        number: number;
        title: string;
        status: string;
      }[];
    };
    InsightDetail: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      audience: 'staff' | 'customer';
      /** @enum {string} */
      kind: 'want' | 'irritant' | 'idea';
      title: string;
      body: string | null;
      /** @description Null for an anonymous post where the location has fewer than 5 staff */
      locationId: string | null;
      touchpointId: string | null;
      anonymous: boolean;
      author: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      onBehalfOfCustomerId: string | null;
      /** @enum {string} */
      status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
      outcome: string | null;
      outcomeAt: string | null;
      mergedIntoId: string | null;
      rootCauseId: string | null;
      topics: string[];
      votes: number;
      /** @description Whether the caller has voted */
      voted: boolean;
      comments: number;
      createdAt: string;
      updatedAt: string;
      commentList: components['schemas']['InsightComment'][];
      evidence: components['schemas']['InsightEvidence'];
      duplicates: {
        /** Format: uuid */
        id: string;
        title: string;
        /** @enum {string} */
        status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
      }[];
    };
    InsightVote: {
      votes: number;
      voted: boolean;
    };
    InsightSuggestions: {
      topics: string[];
      items: {
        /** Format: uuid */
        id: string;
        title: string;
        /** @enum {string} */
        status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
        votes: number;
      }[];
    };
    InsightLink: {
      /** Format: uuid */
      staffId: string;
      /** @description The personal form link: shown only now; issuing a new one revokes the old */
      url: string;
      /** @description A QR code of the link as an SVG data URL, for a printed poster on the staff-room wall */
      qr: string;
      createdAt: string;
    };
    CustomerIdeaLink: {
      /** Format: uuid */
      customerId: string;
      /** @description The customer's idea-board link: shown only now; issuing a new one revokes the old */
      url: string;
      /** @description A QR code of the link as an SVG data URL, to hand over at the counter */
      qr: string;
      sent: boolean;
      createdAt: string;
    };
    InsightFigures: {
      perLocation: {
        /** Format: uuid */
        locationId: string;
        name: string;
        insights: number;
        staff: number;
        per10: number | null;
      }[];
      due: number;
      toldWithin30: number;
      shareToldWithin30: number | null;
      medianDaysToOutcome: number | null;
      topIrritants: {
        /** Format: uuid */
        touchpointId: string;
        name: string;
        irritants: number;
        /** @description The touchpoint's customer NPS over the same period */
        nps: number | null;
        npsN: number;
      }[];
    };
    Location: {
      /** Format: uuid */
      id: string;
      name: string;
      address: string | null;
      city: string | null;
      timeZone: string | null;
      externalId: string | null;
      businessHours: {
        [key: string]: {
          open: number;
          close: number;
        };
      } | null;
      holidays: string[];
      createdAt: string;
      updatedAt: string;
    };
    Touchpoint: {
      /** Format: uuid */
      id: string;
      name: string;
      description: string | null;
      /** @enum {string} */
      kind: 'product' | 'brand' | 'service';
      /** @enum {string} */
      stage: 'awareness' | 'consideration' | 'purchase' | 'service' | 'after_sales' | 'loyalty';
      /** @enum {string} */
      channel: 'in_person' | 'phone' | 'web' | 'email' | 'app' | 'messenger' | 'social' | 'other';
      active: boolean;
      externalId: string | null;
      createdAt: string;
      updatedAt: string;
    };
    Case: {
      /** Format: uuid */
      id: string;
      number: number;
      title: string;
      /** @enum {string} */
      source: 'rule' | 'phone' | 'review' | 'frontline' | 'email' | 'other' | 'audit';
      /** @enum {string} */
      status: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      responseId: string | null;
      ruleId: string | null;
      customerId: string | null;
      locationId: string | null;
      touchpointId: string | null;
      staffId: string | null;
      ownerId: string | null;
      openedAt: string;
      dueAt: string;
      firstActionAt: string | null;
      resolvedAt: string | null;
      breachedAt: string | null;
      escalationLevel: number;
      rootCauseId: string | null;
      resolution: string | null;
      followUpScore: number | null;
      overdue: boolean;
      customerName: string | null;
      locationName: string | null;
      ownerName: string | null;
      createdAt: string;
      updatedAt: string;
    };
    CaseEvent: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type:
        | 'opened'
        | 'note'
        | 'contact'
        | 'status'
        | 'assignment'
        | 'escalation'
        | 'breach'
        | 'follow_up'
        | 'due_soon'
        | 'message';
      actorId: string | null;
      actorName: string | null;
      data: {
        [key: string]: unknown;
      };
      createdAt: string;
    };
    CaseDetail: {
      /** Format: uuid */
      id: string;
      number: number;
      title: string;
      /** @enum {string} */
      source: 'rule' | 'phone' | 'review' | 'frontline' | 'email' | 'other' | 'audit';
      /** @enum {string} */
      status: 'new' | 'in_progress' | 'waiting' | 'resolved' | 'closed_no_contact';
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      responseId: string | null;
      ruleId: string | null;
      customerId: string | null;
      locationId: string | null;
      touchpointId: string | null;
      staffId: string | null;
      ownerId: string | null;
      openedAt: string;
      dueAt: string;
      firstActionAt: string | null;
      resolvedAt: string | null;
      breachedAt: string | null;
      escalationLevel: number;
      rootCauseId: string | null;
      resolution: string | null;
      followUpScore: number | null;
      overdue: boolean;
      customerName: string | null;
      locationName: string | null;
      ownerName: string | null;
      createdAt: string;
      updatedAt: string;
      events: components['schemas']['CaseEvent'][];
    };
    CaseRule: {
      /** Format: uuid */
      id: string;
      name: string;
      active: boolean;
      position: number;
      /** @enum {string} */
      priority: 'low' | 'normal' | 'high' | 'urgent';
      conditions: {
        npsMax?: number;
        csatMax?: number;
        cesMax?: number;
        /** @constant */
        sentiment?: 'negative';
        emotions?: string[];
        keywords?: string[];
        touchpointIds?: string[];
        locationIds?: string[];
        surveyIds?: string[];
      };
      sla: {
        amount: number;
        /** @enum {string} */
        unit: 'hours' | 'business_hours' | 'business_days';
      };
      assignment:
        | {
            /** @constant */
            strategy: 'location_manager';
          }
        | {
            /** @constant */
            strategy: 'involved_staff';
          }
        | {
            /** @constant */
            strategy: 'round_robin';
            team: string[];
          }
        | {
            /** @constant */
            strategy: 'fixed';
            /** Format: uuid */
            staffId: string;
          };
      createdAt: string;
      updatedAt: string;
    };
    RootCause: {
      /** Format: uuid */
      id: string;
      name: {
        [key: string]: string;
      };
      /** @enum {string} */
      kind: 'product' | 'brand' | 'service';
      active: boolean;
      position: number;
    };
    CaseStats: {
      total: {
        opened: number;
        open: number;
        overdue: number;
        closed: number;
        medianHoursToFirstAction: number | null;
        medianHoursToResolution: number | null;
        /** @description Closed before due / closed; null with nothing closed */
        slaCompliance: number | null;
        /** @description Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer */
        recoveryRate: number | null;
        followUps: number;
      };
      byLocation: {
        opened: number;
        open: number;
        overdue: number;
        closed: number;
        medianHoursToFirstAction: number | null;
        medianHoursToResolution: number | null;
        /** @description Closed before due / closed; null with nothing closed */
        slaCompliance: number | null;
        /** @description Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer */
        recoveryRate: number | null;
        followUps: number;
        key: string | null;
        label: string | null;
      }[];
      byOwner: {
        opened: number;
        open: number;
        overdue: number;
        closed: number;
        medianHoursToFirstAction: number | null;
        medianHoursToResolution: number | null;
        /** @description Closed before due / closed; null with nothing closed */
        slaCompliance: number | null;
        /** @description Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer */
        recoveryRate: number | null;
        followUps: number;
        key: string | null;
        label: string | null;
      }[];
      rootCauses: {
        key: string;
        name: {
          [key: string]: string;
        };
        /** @enum {string} */
        kind: 'product' | 'brand' | 'service';
        locationId: string | null;
        n: number;
      }[];
      /** @description The medians were taken over a fixed one-in-sixteen sample (a period with very many cases) */
      mediansSampled: boolean;
    };
    Standard: {
      /** Format: uuid */
      id: string;
      touchpointId: string | null;
      locationId: string | null;
      title: {
        [key: string]: string;
      };
      why: {
        [key: string]: string;
      };
      good: {
        [key: string]: string;
      };
      never: {
        [key: string]: string;
      };
      version: number;
      active: boolean;
      /** @description Lessons that teach this standard */
      lessonIds: string[];
      createdAt: string;
      updatedAt: string;
    };
    Checklist: {
      /** Format: uuid */
      id: string;
      name: string;
      touchpointId: string | null;
      passMark: number;
      reauditWithinDays: number;
      active: boolean;
      items: {
        /** Format: uuid */
        id: string;
        standardId: string | null;
        text: {
          [key: string]: string;
        };
        /** @enum {string} */
        kind: 'pass_fail' | 'scale';
        weight: number;
        critical: boolean;
        /** @description Whether "not applicable" is an answer for this item */
        naAllowed: boolean;
        position: number;
      }[];
      createdAt: string;
      updatedAt: string;
    };
    AuditSchedule: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      checklistId: string;
      /** Format: uuid */
      locationId: string;
      touchpointId: string | null;
      /** @enum {string} */
      kind: 'self' | 'manager' | 'mystery' | 'external';
      rrule: string;
      startsOn: string;
      assigneeId: string | null;
      assigneeRole: ('manager' | 'staff') | null;
      active: boolean;
      /** @description The next five dates */
      next: string[];
      createdAt: string;
      updatedAt: string;
    };
    AuditPhoto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      contentType: string;
      /** @description Bytes */
      size: number;
      createdAt: string;
    };
    Audit: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      checklistId: string;
      /** Format: uuid */
      locationId: string;
      touchpointId: string | null;
      staffId: string | null;
      shift: ('morning' | 'day' | 'evening' | 'night') | null;
      /** @enum {string} */
      kind: 'self' | 'manager' | 'mystery' | 'external';
      /** @enum {string} */
      status: 'scheduled' | 'open' | 'submitted';
      /** @description Only these items are checked (a re-audit); null: all */
      itemIds: string[] | null;
      reauditOf: string | null;
      dueAt: string | null;
      score: number | null;
      passed: boolean | null;
      criticalFailed: boolean | null;
      failedItemIds: string[];
      submittedAt: string | null;
      createdAt: string;
      answers?: {
        /** Format: uuid */
        itemId: string;
        result: ('pass' | 'fail' | 'na') | null;
        value: number | null;
        failed: boolean;
        comment: string | null;
        answeredAt: string;
      }[];
      /** @description Photos taken for the answers (GET /audit-photos/{id} for each) */
      photos?: components['schemas']['AuditPhoto'][];
      /** @description Mystery audits: the shopper link, shown only when created */
      shopperUrl?: string;
    };
    AuditResult: {
      score: number | null;
      passed: boolean;
      criticalFailed: boolean;
      failedItemIds: string[];
      /** @description New lesson assignments from this submit (0 on a repeat) */
      assignmentsCreated: number;
      /** @description Recovery cases opened for failed critical items by this submit (0 on a repeat) */
      casesOpened: number;
    };
    StaffNotice: {
      /** Format: uuid */
      id: string;
      version: number;
      body: {
        [key: string]: string;
      };
      publishedAt: string;
    };
    Compliance: {
      /** @enum {string} */
      by: 'location' | 'touchpoint' | 'standard' | 'shift' | 'week' | 'month';
      items: {
        key: string;
        label: string | null;
        /** @description Σ(weight × pass) / Σ(weight), %, over answered applicable items */
        compliance: number | null;
        /** @description Audits */
        n: number;
        /** @description Answered applicable items */
        items: number;
        failed: number;
        /** @description The touchpoint's (location's, shift's) NPS for the same period */
        nps: number | null;
        npsN: number;
        csat: number | null;
        csatN: number;
      }[];
      /** @description Mean days from a failed audit to its passed re-audit */
      daysToFix: number | null;
      /** @description % of re-checked items that failed again */
      refailRate: number | null;
    };
    PulseSurvey: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      cadence: 'monthly' | 'quarterly';
      items: {
        id: string;
        text: {
          [key: string]: string;
        };
      }[];
      threshold: number;
      active: boolean;
      runs: number;
      createdAt: string;
      updatedAt: string;
    };
    PulseRun: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      surveyId: string;
      openedAt: string;
      closesAt: string;
      invited: number;
      threshold: number;
    };
    EnpsResult: {
      from: string;
      to: string;
      /** @description The highest threshold among the runs of the period */
      threshold: number;
      total: {
        key: string;
        name: string;
        /** @description True when fewer than T answers, or hidden so that a hidden sibling cannot be worked out */
        hidden: boolean;
        enps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          /** @description 95% interval: ± 1.96 × sqrt((p + d − (p − d)²) / n) × 100 */
          ci95: [number, number] | null;
        } | null;
        invited: number | null;
        /** @description Answers ÷ invited, %, over the released figures */
        participation: number | null;
      };
      groups: {
        key: string;
        name: string;
        /** @description True when fewer than T answers, or hidden so that a hidden sibling cannot be worked out */
        hidden: boolean;
        enps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          /** @description 95% interval: ± 1.96 × sqrt((p + d − (p − d)²) / n) × 100 */
          ci95: [number, number] | null;
        } | null;
        invited: number | null;
        /** @description Answers ÷ invited, %, over the released figures */
        participation: number | null;
      }[];
    };
    EnpsPanel: {
      locations: {
        /** Format: uuid */
        locationId: string;
        name: string;
        /** @description Null when hidden by the anonymity rules */
        enps: number | null;
        enpsN: number | null;
        customerNps: number | null;
        customerN: number;
        /** @description Staff whose end date falls in the period */
        exits: number;
        /** @description Audit compliance in the period, %; null without audits */
        compliance: number | null;
        /** @description Submitted audits behind the compliance figure */
        audits: number;
      }[];
      /** @description Pearson r of eNPS and customer NPS; only with at least 5 locations */
      correlation: number | null;
    };
    PulseComments: {
      threshold: number;
      items: {
        /** Format: uuid */
        id: string;
        comment: string;
        submittedOn: string;
        replies: {
          body: string;
          createdAt: string;
        }[];
      }[];
    };
    PulseReply: {
      /** Format: uuid */
      id: string;
      body: string;
      createdAt: string;
    };
    ActionItem: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      assessmentId: string;
      dimension: string;
      title: {
        [key: string]: string;
      };
      ownerId: string | null;
      dueAt: string;
      /** @enum {string} */
      status: 'open' | 'done';
      doneAt: string | null;
    };
    SelfAssessmentEvidence: {
      /** @description % of active touchpoints with a live survey */
      surveyCoverage: number | null;
      /** @description % of cases of the last 90 days resolved */
      recoveryRate: number | null;
      /** @description Not measured yet (no reviews module): null */
      reviewReplyRate: number | null;
      /** @description Not measured yet (no staff pulse module): null */
      enps: number | null;
      /** @description % over audits submitted in the last 90 days */
      auditCompliance: number | null;
    };
    SelfAssessment: {
      /** Format: uuid */
      id: string;
      questions: {
        id: string;
        /** @enum {string} */
        dimension: 'standards' | 'listening' | 'recovery' | 'loyalty' | 'word_of_mouth' | 'people';
        text: {
          [key: string]: string;
        };
      }[];
      answers: {
        [key: string]: number;
      };
      levels: {
        /** @enum {string} */
        dimension: 'standards' | 'listening' | 'recovery' | 'loyalty' | 'word_of_mouth' | 'people';
        mean: number | null;
        level: number | null;
        answered: number;
      }[];
      overall: number | null;
      completedAt: string | null;
      createdAt: string;
      evidence?: components['schemas']['SelfAssessmentEvidence'];
      plan?: components['schemas']['ActionItem'][];
    };
    Lesson: {
      /** Format: uuid */
      id: string;
      standardId: string | null;
      title: {
        [key: string]: string;
      };
      body: {
        [key: string]: string;
      };
      videoUrl: string | null;
      imageUrls: string[];
      quiz: {
        id: string;
        /** @enum {string} */
        kind: 'single' | 'multiple';
        text: {
          [key: string]: string;
        };
        options: {
          id: string;
          text: {
            [key: string]: string;
          };
        }[];
        /** @description Hidden from staff */
        correct?: string[];
      }[];
      passMark: number;
      maxAttempts: number;
      dueInDays: number;
      recurMonths: number | null;
      createdAt: string;
      updatedAt: string;
    };
    TrainingAssignment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lessonId: string;
      lessonTitle: {
        [key: string]: string;
      };
      /** @description Null on a lesson a mystery visit assigned, except in the learner's own list */
      staffId: string | null;
      /** @description Position or role instead of the name where staffId is null */
      staffName: string | null;
      locationId: string | null;
      auditId: string | null;
      itemId: string | null;
      /** @enum {string} */
      status: 'assigned' | 'passed' | 'failed';
      dueAt: string;
      attempts: number;
      maxAttempts: number;
      bestScore: number | null;
      passedAt: string | null;
      createdAt: string;
    };
    TrainingAttemptResult: {
      score: number;
      passed: boolean;
      wrong: string[];
      attemptsLeft: number;
      /** @description The re-audit this pass scheduled, when it was the last one needed */
      reauditId: string | null;
    };
    TrainingFigures: {
      /**
       * @description Per staff member, lessons a mystery visit assigned are not counted (it measures the process, not the person); per location they are
       * @enum {string}
       */
      by: 'staff' | 'location';
      items: {
        key: string;
        label: string | null;
        assigned: number;
        /** @description Passed */
        completed: number;
        /** @description Not passed, attempts left, past the due date */
        overdue: number;
        /** @description % passed of those finished (passed or out of attempts) */
        passRate: number | null;
      }[];
    };
    ReferralProgram: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      rewardKind: 'gesture' | 'gift' | 'donation' | 'discount';
      referrerReward: string;
      friendReward: string;
      minAmount: number | null;
      holdDays: number;
      landingUrl: string | null;
      active: boolean;
      createdAt: string;
      updatedAt: string;
    };
    ReferralCode: {
      /** Format: uuid */
      customerId: string;
      code: string;
      /** @description The link the customer shares themselves */
      url: string;
      /** @description The link as a QR code (SVG) */
      qrSvg: string;
    };
    Referral: {
      /** Format: uuid */
      id: string;
      programId: string | null;
      /** Format: uuid */
      referrerId: string;
      referrerName: string | null;
      /** Format: uuid */
      referredId: string;
      referredName: string | null;
      /** @enum {string} */
      method: 'code' | 'link' | 'survey' | 'staff';
      /** @enum {string} */
      status: 'pending' | 'qualified' | 'rewarded' | 'flagged' | 'blocked';
      flags: ('shared_phone' | 'referrer_burst' | 'same_ip' | 'same_device' | 'not_qualified_in_time')[];
      qualifyingInteractionId: string | null;
      qualifiedAt: string | null;
      rewardedAt: string | null;
      createdAt: string;
    };
    ReferralNameCredit: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      referredId: string;
      referredName: string | null;
      /** @description Who recommended, as the respondent typed it */
      name: string;
      answeredAt: string;
      /** @enum {string} */
      status: 'pending' | 'resolved' | 'dismissed';
      /** @description The customer a person said it is */
      referrerId: string | null;
      referrerName: string | null;
      resolvedAt: string | null;
      /** @description While pending: customers with a name alike, best first */
      suggestions: {
        /** Format: uuid */
        customerId: string;
        name: string | null;
        /** @description 0–1: how alike the names are */
        score: number;
        /** @description The words of the name that match */
        matched: string[];
      }[];
      /** @description The referred customer's referral as attribution decided it (a code or link beats a survey answer) */
      referral: {
        /** Format: uuid */
        referrerId: string;
        referrerName: string | null;
        /** @enum {string} */
        method: 'code' | 'link' | 'survey' | 'staff';
        /** @enum {string} */
        status: 'pending' | 'qualified' | 'rewarded' | 'flagged' | 'blocked';
      } | null;
    };
    WordOfMouth: {
      newCustomers: number;
      referredNewCustomers: number;
      /** @description Referred share of new customers, % */
      share: number | null;
      byMonth: {
        month: string;
        locationId: string | null;
        newCustomers: number;
        referred: number;
      }[];
      promoters: {
        customers: number;
        referrers: number;
        /** @description % of promoters (latest NPS 9–10) who referred someone */
        rate: number | null;
      };
      others: {
        customers: number;
        referrers: number;
        rate: number | null;
      };
      retention: {
        referred: {
          customers: number;
          returned90: number;
          revenue90: number;
        };
        others: {
          customers: number;
          returned90: number;
          revenue90: number;
        };
      };
      referrals: {
        [key: string]: number;
      };
    };
    ChannelConnection: {
      /** @enum {string} */
      kind: 'telegram' | 'viber' | 'whatsapp' | 'sms';
      connected: boolean;
      /** @description Whether a token/secret is saved; it is never shown again */
      secretSet: boolean;
      /** @description Its last 4 characters */
      secretHint: string | null;
      settings: {
        [key: string]: unknown;
      };
      /** @description Where the provider sends its callbacks */
      hookUrl: string | null;
      webhook?: {
        ok: boolean;
        detail: string | null;
      } | null;
      updatedAt: string | null;
    };
    Channels: {
      items: components['schemas']['ChannelConnection'][];
      fallbackOrder: ('email' | 'telegram' | 'viber' | 'whatsapp' | 'sms')[];
    };
    ChannelTestResult: {
      ok: boolean;
      detail: string | null;
    };
    CustomerChannels: {
      preferred: ('email' | 'telegram' | 'viber' | 'whatsapp' | 'sms') | null;
      addresses: {
        /** @enum {string} */
        channel: 'telegram' | 'viber' | 'whatsapp' | 'sms';
        address: string;
        consent: boolean;
        consentSource: string | null;
        consentAt: string | null;
        updatedAt: string;
      }[];
      /** @description A t.me link that binds the customer's chat when they start the bot */
      telegramLink: string | null;
      /** @description A viber:// link that binds the customer's chat when they open it */
      viberLink: string | null;
    };
    Message: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      channel: 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /** @enum {string} */
      direction: 'out' | 'in';
      customerId: string | null;
      invitationId: string | null;
      caseId: string | null;
      responseId: string | null;
      body: string;
      /** @enum {string} */
      status: 'queued' | 'sent' | 'delivered' | 'failed' | 'received';
      /** @description What the provider answered (an error's text, a delivery report) */
      providerAnswer: string | null;
      createdAt: string;
      updatedAt: string;
    };
    DeliveryAttempt: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** @enum {string} */
      subject: 'invitation' | 'review_request' | 'gesture_task';
      /** Format: uuid */
      subjectId: string;
      /** @enum {string} */
      channel: 'email' | 'telegram' | 'viber' | 'whatsapp' | 'sms';
      /**
       * @description queued, sent, delivered (a delivery report came) or failed
       * @enum {string}
       */
      status: 'queued' | 'sent' | 'delivered' | 'failed' | 'received';
      /** @description What the provider or SMTP server answered; a refusal's text */
      providerAnswer: string | null;
      createdAt: string;
      updatedAt: string;
    };
    DeliveryAttemptList: {
      /** @description Newest first: a failed channel, then the next one tried */
      items: components['schemas']['DeliveryAttempt'][];
    };
    Connector: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'yclients' | 'bitrix24' | 'amocrm' | 'csv_url';
      name: string;
      /** @description Without secrets */
      settings: {
        [key: string]: unknown;
      };
      /** @description Which secret settings are stored */
      secretsSet: {
        [key: string]: boolean;
      };
      /** @description Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically. */
      mapping: {
        /** @default {} */
        locations: {
          [key: string]: string | null;
        };
        /** @default {} */
        staff: {
          [key: string]: string | null;
        };
        /** @default {} */
        touchpoints: {
          [key: string]: string | null;
        };
      };
      matches: {
        branches: {
          id: string;
          name: string;
          targetId: string | null;
          /**
           * @description mapped by the owner, matched by name, or not matched
           * @enum {string}
           */
          how: 'mapped' | 'name' | 'none';
        }[];
        staff: {
          id: string;
          name: string;
          targetId: string | null;
          /**
           * @description mapped by the owner, matched by name, or not matched
           * @enum {string}
           */
          how: 'mapped' | 'name' | 'none';
        }[];
        services: {
          id: string;
          name: string;
          targetId: string | null;
          /**
           * @description mapped by the owner, matched by name, or not matched
           * @enum {string}
           */
          how: 'mapped' | 'name' | 'none';
        }[];
      };
      /** @description Give this URL to the source's webhooks (YCLIENTS, Bitrix24 outbound webhook, amoCRM webhooks) */
      hookUrl: string | null;
      /** @description amoCRM with OAuth: open this to grant access; amoCRM returns to /api/v1/connector-oauth/amocrm */
      authorizeUrl: string | null;
      active: boolean;
      /** @enum {string} */
      status: 'new' | 'ok' | 'failing';
      lastError: string | null;
      failures: number;
      lastSyncAt: string | null;
      nextSyncAt: string;
      createdAt: string;
      updatedAt: string;
    };
    ConnectorRun: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      trigger: 'manual' | 'schedule' | 'webhook';
      /** @enum {string} */
      status: 'running' | 'ok' | 'failed';
      fetched: number;
      created: number;
      updated: number;
      removed: number;
      skipped: number;
      /** @description The first 100 skipped records and why */
      skips: {
        sourceId: string;
        reason: string;
      }[];
      error: string | null;
      startedAt: string;
      finishedAt: string | null;
    };
    ConnectorSyncAccepted: {
      queued: boolean;
    };
    Tier: {
      /** Format: uuid */
      id: string;
      name: string;
      rank: number;
      /** @enum {string} */
      match: 'any' | 'all';
      criteria: {
        /** @description Visits in the last 12 months */
        minVisits?: number | null;
        /** @description Amount spent in the last 12 months */
        minSpend?: number | null;
        /** @description Days since the first visit */
        minTenureDays?: number | null;
        /** @description Qualified referrals in the last 12 months */
        minReferrals?: number | null;
      };
      manualOnly: boolean;
      graceDays: number;
      perks: string | null;
      /** @description Customers in this tier now */
      customers: number;
      createdAt: string;
      updatedAt: string;
    };
    TierPreview: {
      customers: number;
      /** @description Customers whose tier would change */
      moving: number;
      up: number;
      down: number;
      byTier: {
        tierId: string | null;
        name: string | null;
        now: number;
        after: number;
      }[];
    };
    /** @description What the customer is told when the gesture is owed, per language; {firstName} and {business} are filled in */
    GestureNotice: {
      en?: string;
      ru?: string;
      bg?: string;
    };
    Gesture: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'recognition' | 'personal_touch' | 'surprise';
      description: string | null;
      costEstimate: number | null;
      /** @enum {string} */
      trigger: 'birthday' | 'first_visit_anniversary' | 'nth_visit' | 'tier_entry' | 'recovery_resolved' | 'manual';
      triggerVisit: number | null;
      triggerTierId: string | null;
      tierIds: string[];
      touchpointIds: string[];
      /** @enum {string} */
      assigneeRole: 'owner' | 'manager' | 'staff';
      assigneeStaffId: string | null;
      dueDays: number;
      notice: components['schemas']['GestureNotice'] | null;
      noticeOnly: boolean;
      active: boolean;
      createdAt: string;
      updatedAt: string;
    };
    GestureTask: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      gestureId: string;
      gestureName: string;
      /** @enum {string} */
      gestureKind: 'recognition' | 'personal_touch' | 'surprise';
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      occasion: string;
      locationId: string | null;
      staffId: string | null;
      /** @enum {string} */
      role: 'owner' | 'manager' | 'staff';
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'skipped' | 'expired';
      dueAt: string;
      deliveredAt: string | null;
      deliveredBy: string | null;
      interactionId: string | null;
      skipReason: string | null;
      /** @description The gesture's notice: due, queued, sent, not_sent; null: none */
      noticeState: ('due' | 'queued' | 'sent' | 'not_sent') | null;
      /** @description The channel the notice went by */
      noticeChannel: string | null;
      noticeError: string | null;
      /** @description The customer has a visit today at the task location */
      visitingToday: boolean;
      /** @description Today's latest visit there: where the gesture can be delivered */
      todayInteractionId: string | null;
      createdAt: string;
    };
    Loyalty: {
      /** Format: uuid */
      customerId: string;
      tier: {
        /** Format: uuid */
        id: string;
        name: string;
        rank: number;
      } | null;
      since: string | null;
      manual: boolean;
      /** @description Below the threshold since (in grace); null when at or above it */
      belowSince: string | null;
      figures: {
        visits: number;
        spend: number;
        tenureDays: number;
        referrals: number;
      };
      progress: {
        /** Format: uuid */
        tierId: string;
        name: string;
        /** @enum {string} */
        match: 'any' | 'all';
        criteria: {
          criterion: string;
          have: number;
          need: number;
        }[];
      } | null;
      profile: {
        birthday: string | null;
        preferences: string | null;
        remember: string | null;
        profilingOptOut: boolean;
      };
      gestures: components['schemas']['GestureTask'][];
      /** @description Null unless the optional points ledger is on */
      points: {
        balance: number;
      } | null;
      /** @description Their answers to "who do you know who does this better?", newest first */
      betterElsewhere: {
        /** Format: uuid */
        responseId: string;
        answer: string;
        submittedAt: string;
      }[];
    };
    RecognitionFigures: {
      from: string;
      to: string;
      delivery: {
        /** @description Tasks closed in the period: delivered, skipped or expired */
        closed: number;
        delivered: number;
        /** @description Delivered by the due time */
        onTime: number;
        skipped: number;
        expired: number;
        /** @description delivered / closed, % */
        deliveryRate: number | null;
        /** @description onTime / delivered, % */
        onTimeRate: number | null;
      };
      byLocation: {
        /** @description Tasks closed in the period: delivered, skipped or expired */
        closed: number;
        delivered: number;
        /** @description Delivered by the due time */
        onTime: number;
        skipped: number;
        expired: number;
        /** @description delivered / closed, % */
        deliveryRate: number | null;
        /** @description onTime / delivered, % */
        onTimeRate: number | null;
        locationId: string | null;
      }[];
      byStaff: {
        /** @description Tasks closed in the period: delivered, skipped or expired */
        closed: number;
        delivered: number;
        /** @description Delivered by the due time */
        onTime: number;
        skipped: number;
        expired: number;
        /** @description delivered / closed, % */
        deliveryRate: number | null;
        /** @description onTime / delivered, % */
        onTimeRate: number | null;
        staffId: string | null;
      }[];
      /** @description Customers who received a gesture closed in the period */
      gifted: {
        customers: number;
        repeatVisit: {
          value: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
      };
      /** @description Customers whose gesture expired (and who received none): the control group */
      expired: {
        customers: number;
        repeatVisit: {
          value: number | null;
          n: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
        nps: {
          value: number | null;
          n: number;
          promoters: number;
          passives: number;
          detractors: number;
          ci95: [number, number] | null;
          tooFew: boolean;
        };
      };
      /** @description Moves between tiers during the period (null = no tier) */
      tierMigration: {
        fromTierId: string | null;
        toTierId: string | null;
        customers: number;
      }[];
      /** @description Each customer’s tier at `from` against their tier at `to` (null = none); customers with no tier at either end are left out */
      tierMatrix: {
        fromTierId: string | null;
        toTierId: string | null;
        customers: number;
      }[];
      /** @description How much of the idea board the top tenth of lead users carries */
      ideasFromTopLeadUsers: {
        /** @description Customers with a lead-user score above 0 (profiling opt-outs left out) */
        leadUsers: number;
        /** @description The top tenth of them, rounded up */
        topTenth: number;
        /** @description Customer ideas posted in the period */
        ideas: number;
        fromTopTenth: number;
        /** @description fromTopTenth / ideas, % */
        share: number | null;
      };
      /** @description Customer ideas marked done in the period, per quarter */
      ideasShippedPerQuarter: {
        /** @description e.g. 2026-Q2, on the organisation's clock */
        quarter: string;
        shipped: number;
      }[];
    };
    LeadUsers: {
      items: {
        /** Format: uuid */
        customerId: string;
        name: string | null;
        score: number;
        reasons: {
          /** @enum {string} */
          reason: 'ideas' | 'referrals' | 'reviews' | 'comments' | 'value' | 'early_adopter';
          count: number;
          points: number;
        }[];
        /** @description Only with the customer’s marketing (email) consent */
        canInviteToCoCreate: boolean;
      }[];
      privacyNotice: {
        en: string;
        ru: string;
        bg: string;
      };
    };
    CoCreationInvitation: {
      /** Format: uuid */
      customerId: string;
      to: string;
      /** @enum {string} */
      language: 'en' | 'ru' | 'bg';
    };
    PointsSettings: {
      enabled: boolean;
    };
    PointsEntry: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** @enum {string} */
      kind: 'earn' | 'spend' | 'expire' | 'reverse';
      /** @description Signed: what the entry adds to the balance */
      points: number;
      /** @enum {string} */
      sourceType: 'interaction' | 'referral' | 'gesture' | 'manual' | 'review';
      sourceId: string;
      reversesId: string | null;
      note: string | null;
      createdAt: string;
      /** @description The customer's balance after this entry's request */
      balance: number;
    };
    MailSettings: {
      /** @description False: mail goes out through the server-wide settings */
      configured: boolean;
      host: string | null;
      port: number | null;
      username: string | null;
      /** @description The password is write-only: only whether one is stored */
      passwordSet: boolean;
      senderName: string | null;
      fromAddress: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  webhook_response_created: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'response.created';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Response'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_case_opened: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'case.opened';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Case'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_case_assigned: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'case.assigned';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Case'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_case_breached: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'case.breached';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Case'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_case_resolved: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'case.resolved';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Case'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_review_received: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'review.received';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Review'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_referral_qualified: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id, the same on every retry of one event: deduplicate on it. */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed. */
        'webhook-timestamp': string;
        /** @description Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">` keyed with the bytes of the `whsec_<base64>` secret; two space-separated values for 24 h after a rotation. Verify with the `standardwebhooks` library. */
        'webhook-signature': string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-id. Sent until the next minor version.
         */
        'zabota-event-id'?: string;
        /**
         * @deprecated
         * @description Deprecated: the event type (also in the body). Sent until the next minor version.
         */
        'zabota-event'?: string;
        /**
         * @deprecated
         * @description Deprecated: same as webhook-timestamp. Sent until the next minor version.
         */
        'zabota-timestamp'?: string;
        /**
         * @deprecated
         * @description Deprecated: `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the whole secret string. Use webhook-signature. Sent until the next minor version.
         */
        'zabota-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Same as the webhook-id header */
          id: string;
          /** @constant */
          type: 'referral.qualified';
          /** Format: date-time */
          createdAt: string;
          data: components['schemas']['Referral'];
        };
      };
    };
    responses: {
      /** @description Any 2xx within 10 s accepts the delivery; anything else is retried with back-off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
