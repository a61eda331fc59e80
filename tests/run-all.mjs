// `npm test`: typecheck, unit tests, both builds, end-to-end tests in Chromium, then in Firefox ESR;
// ends with one "N passed, N failed" line, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { missingChromiumMessage, projectRoot } from './harness/browser.mjs';
import { missingFirefoxMessage } from './harness/firefox.mjs';

const tmp = join(projectRoot, 'tests', '.tmp');
mkdirSync(tmp, { recursive: true });

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: projectRoot, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(project) {
  const out = join(tmp, `${project}.json`);
  const okRun = run(`${project} tests`, 'npx', [
    'vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${out}`,
  ]);
  if (!existsSync(out)) return { okRun: false, passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return { okRun, passed: report.numPassedTests, failed: report.numFailedTests };
}

const missing = [missingChromiumMessage(), missingFirefoxMessage()].filter(Boolean).join('\n\n');
if (missing) {
  console.error(`\n${missing}\nThe end-to-end tests need them; nothing was run.`);
  process.exit(1);
}

let ok = run('typecheck', 'npx', ['tsc', '--noEmit']);
const unit = vitest('unit');
ok = run('build (Chrome MV3)', 'npx', ['wxt', 'build']) && ok;
ok = run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']) && ok;
const e2e = vitest('e2e');
const firefox = vitest('firefox');
ok = ok && unit.okRun && e2e.okRun && firefox.okRun;

const passed = unit.passed + e2e.passed + firefox.passed;
// A failed step with no failed test (typecheck, build) still counts as one failure.
const failed = Math.max(unit.failed + e2e.failed + firefox.failed, ok ? 0 : 1);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; end-to-end (Chromium): ${e2e.passed} passed, ${e2e.failed} failed; ` +
    `end-to-end (Firefox): ${firefox.passed} passed, ${firefox.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
