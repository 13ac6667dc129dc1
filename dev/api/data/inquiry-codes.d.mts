/** Tracking codes of the inquiry fixtures (inquiry-codes.mjs). */
export declare const INQUIRY_CODES: Readonly<{
  inReview: string;
  registered: string;
  sent: string;
  answered: string;
  rejected: string;
  closed: string;
  overdue: string;
  notYetDue: string;
  longHistory: string;
  advancing: string;
}>;
