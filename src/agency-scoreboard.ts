/** `<egov-agency-scoreboard>`: importing this module defines the element. */
export { EgovAgencyScoreboard } from './agency-scoreboard/agency-scoreboard.js';
export type { AgencyScores, AgencyItem } from './agency-scoreboard/agency-scoreboard.data.js';
