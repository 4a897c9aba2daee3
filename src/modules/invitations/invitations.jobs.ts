/** The invitation jobs on the durable queue (declaration merging keeps `jobs.send` typed). */
declare module '../../platform/jobs/jobs.ts' {
  interface JobPayloads {
    /** Interactions were just created: invite for the surveys they trigger. One job per batch. */
    'survey.trigger': { orgId: string; interactionIds: string[] };
    /**
     * Mail one invitation, at its scheduled time. The queue holds the personal token until then,
     * because the database keeps only its hash; pg-boss deletes finished jobs after a few days.
     */
    'invitation.send': InvitationDelivery;
    /** The same link again, if the invitation is still unopened after the survey's reminderDays. */
    'invitation.remind': InvitationDelivery;
  }
}

export type InvitationDelivery = {
  orgId: string;
  invitationId: string;
  token: string;
  /** The address the creating request used, when no public URL is configured. */ baseUrl?: string;
};

export const DEFAULT_TOKEN_TTL_DAYS = 30;
