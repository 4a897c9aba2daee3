/**
 * A case's follow-up survey ("did we make it right?") measures recovery, not loyalty: the customer
 * answers because something went wrong, so counting them would move the headline NPS and response
 * rate. Loyalty figures leave its answers and invitations out; recovery figures read them through
 * the case (cases.follow_up_score). SQL: true when the survey in `column` counts towards loyalty.
 */
export const countsForLoyalty = (column: string) =>
  `not exists (select 1 from surveys fu where fu.id = ${column} and fu.settings->>'purpose' = 'case_follow_up')`;
