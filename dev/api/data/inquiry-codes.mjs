/** Tracking codes of the inquiry fixtures, by what they are for (dev/api/README.md lists them). */
export const INQUIRY_CODES = Object.freeze({
  inReview: '1403-0725-118842',
  registered: '1403-0801-200101',
  sent: '1403-0802-200202',
  answered: '1403-0610-300303',
  rejected: '1403-0515-400404',
  closed: '1403-0320-500505',
  overdue: '1403-0901-600606',
  notYetDue: '1403-0902-700707',
  longHistory: '1403-0415-800808',
  advancing: '1403-0903-900909',
});
