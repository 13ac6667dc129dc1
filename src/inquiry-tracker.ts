/** `<egov-inquiry-tracker>`: importing this module defines the element. */
export { EgovInquiryTracker } from './inquiry-tracker/inquiry-tracker.js';
export type { EgovStatusChangeDetail, Inquiry, InquiryEvent, InquiryStatus } from './inquiry-tracker/inquiry-tracker.data.js';
