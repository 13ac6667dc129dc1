/** Persian-first formatting helpers: numbers, percentages, rials, dates, bidi, search folding. */
export { formatNumber, formatRials, formatDays } from './numbers.js';
export { formatPercent, formatScore, formatSigned } from './scores.js';
export { formatDate, parseDate, TIME_ZONE } from './dates.js';
export { formatDateTime, wholeDaysBetween } from './date-time.js';
export { toAsciiDigits, localDigits, persianLetters } from './text.js';
export { foldForSearch } from './fold.js';
export { code, bdi, listSeparator } from './bidi.js';
export { intlTag } from './intl.js';
