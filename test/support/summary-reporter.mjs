/**
 * Ends the run with `N passed, N failed[, N skipped]` on a line of its own, the line CI
 * reads. wtr's default reporter prints no such total.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let fileErrors = 0;
  const count = (suite) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites) count(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (s.testResults) count(s.testResults);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (s.errors?.length || (!s.passed && !s.testResults)) fileErrors++;
      }
    },
    async stop() {
      // Printed at exit so it is the very last line, after wtr's final progress bar.
      process.once('exit', () => {
        if (fileErrors) console.log(`${fileErrors} test file(s) failed to run`);
        console.log(`${passed} passed, ${failed + fileErrors} failed` + (skipped ? `, ${skipped} skipped` : ''));
      });
    },
  };
}
