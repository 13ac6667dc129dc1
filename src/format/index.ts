/** Persian-first formatting helpers: numbers, percentages, rials, dates, bidi, search folding. */
export { formatNumber, formatPercent, formatScore, formatRials, formatDays, formatSigned } from './numbers.js';
export { formatDate, formatDateTime, parseDate, wholeDaysBetween, TIME_ZONE } from './dates.js';
export { toAsciiDigits, localDigits, foldForSearch, persianLetters, code, bdi, listSeparator } from './text.js';
export { intlTag } from './intl.js';
