/**
 * Ends the run with `N passed, N failed[, N skipped]` on a line of its own, the line CI
 * reads, over every engine. wtr's default reporter prints no such total. Above it, one line
 * per engine with its own counts and the time from its first test file starting to its last
 * one finishing.
 */
export function summaryReporter() {
  const engines = new Map();
  const engine = (name) => {
    if (!engines.has(name)) engines.set(name, { passed: 0, failed: 0, skipped: 0, fileErrors: 0, start: undefined, end: undefined });
    return engines.get(name);
  };
  const count = (e, suite) => {
    for (const t of suite.tests) {
      if (t.skipped) e.skipped++;
      else if (t.passed) e.passed++;
      else e.failed++;
    }
    for (const s of suite.suites) count(e, s);
  };
  const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (s) => {
        const e = engine(s.browser.name);
        if (s.status !== 'SCHEDULED') e.start ??= Date.now();
        if (s.status === 'FINISHED') e.end = Date.now();
      });
    },
    onTestRunFinished({ sessions }) {
      for (const e of engines.values()) Object.assign(e, { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
      for (const s of sessions) {
        const e = engine(s.browser.name);
        if (s.testResults) count(e, s.testResults);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (s.errors?.length || (!s.passed && !s.testResults)) e.fileErrors++;
      }
    },
    async stop() {
      // Printed at exit so it is the very last line, after wtr's final progress bar.
      process.once('exit', () => {
        const total = { passed: 0, failed: 0, skipped: 0 };
        for (const [name, e] of engines) {
          const failed = e.failed + e.fileErrors;
          const time = e.start && e.end ? ` in ${Math.round((e.end - e.start) / 1000)} s` : '';
          const files = e.fileErrors ? ` (${e.fileErrors} test file(s) failed to run)` : '';
          if (engines.size > 1) console.log(`${name}: ${line({ ...e, failed })}${files}${time}`);
          else if (files) console.log(files.trim().slice(1, -1));
          total.passed += e.passed;
          total.failed += failed;
          total.skipped += e.skipped;
        }
        console.log(line(total));
      });
    },
  };
}
