// Prints the closing line of a CI run, `N passed, N failed` (`, N skipped` when some were), from
// Vitest's JSON results and the number of failed gates (checks run before the tests, each counted as
// one failure), and exits non-zero when anything failed or no results were written.
// Usage: node .ci/test-summary.mjs [results.json] [failed gates]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest/results.json';
const failedGates = Number(process.argv[3] ?? 0);
let results;
try {
	results = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
	console.log(
		`No test results in ${file} (${error.message}): the test run stopped before reporting.`,
	);
	console.log(`0 passed, ${1 + failedGates} failed`);
	process.exit(1);
}

// A test file that fails to load, or whose suite fails outside any test, may report no failed
// test at all; count each such file as one failure so it can never pass unnoticed.
const brokenFiles = results.testResults.filter(
	(testFile) =>
		testFile.status === 'failed' &&
		!testFile.assertionResults.some((test) => test.status === 'failed'),
).length;
const passed = results.numPassedTests;
const failed = results.numFailedTests + brokenFiles + failedGates;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || !results.success ? 1 : 0);
