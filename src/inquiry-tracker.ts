/** `<egov-inquiry-tracker>`: importing this module defines the element. */
export { EgovInquiryTracker, type EgovStatusChangeDetail } from './inquiry-tracker/inquiry-tracker.js';
export type { Inquiry, InquiryEvent, InquiryStatus } from './inquiry-tracker/inquiry-tracker.data.js';
