/**
 * Per-session state for test helpers: request counts (`GET /_stats/{id}`) and the
 * progress of stateful fixtures (flaky, slow-first, the advancing inquiry).
 * Tests pick a fresh session id (`/api/_s/{id}/…`) so parallel tests never see
 * each other's counts; requests without one share the session "default".
 * @module
 */

/**
 * @typedef {object} Session
 * @property {number} total requests counted
 * @property {Map<string, number>} byPath counts by path (prefixes stripped)
 * @property {Map<string, number>} counters how often a stateful fault/fixture was hit
 * @property {{ reachedAt: number[] }} advancing progress of the advancing inquiry
 */

export const DEFAULT_SESSION = 'default';

/** Oldest sessions are dropped past this many, so a long dev-server run cannot grow without bound. */
const MAX_SESSIONS = 10_000;

/** @returns {Session} */
function emptySession() {
  return { total: 0, byPath: new Map(), counters: new Map(), advancing: { reachedAt: [] } };
}

export function createSessionStore() {
  /** @type {Map<string, Session>} */
  const sessions = new Map();
  return {
    /**
     * The session, created on first use.
     * @param {string} id
     */
    get(id) {
      let session = sessions.get(id);
      if (!session) {
        if (sessions.size >= MAX_SESSIONS) sessions.delete(/** @type {string} */ (sessions.keys().next().value));
        session = emptySession();
        sessions.set(id, session);
      }
      return session;
    },
    /**
     * Count one request.
     * @param {Session} session
     * @param {string} pathKey
     */
    record(session, pathKey) {
      session.total++;
      session.byPath.set(pathKey, (session.byPath.get(pathKey) ?? 0) + 1);
    },
    /**
     * Increment a named counter and return its new value (1 on the first hit).
     * @param {Session} session
     * @param {string} name
     */
    bump(session, name) {
      const n = (session.counters.get(name) ?? 0) + 1;
      session.counters.set(name, n);
      return n;
    },
    /**
     * The `GET /_stats/{id}` body; an unknown session has made no requests.
     * @param {string} id
     * @returns {{ total: number, byPath: Record<string, number> }}
     */
    stats(id) {
      const session = sessions.get(id);
      return { total: session?.total ?? 0, byPath: Object.fromEntries(session?.byPath ?? []) };
    },
    /**
     * Forget everything about a session (counts and fixture progress).
     * @param {string} id
     */
    reset(id) {
      sessions.delete(id);
    },
  };
}

/** @typedef {ReturnType<typeof createSessionStore>} SessionStore */
