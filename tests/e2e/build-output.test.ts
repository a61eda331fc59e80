import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM harness
import { projectRoot } from '../harness/browser.mjs';

const chromeDir = join(projectRoot as string, '.output', 'chrome-mv3');
const firefoxDir = join(projectRoot as string, '.output', 'firefox-mv2');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('built extension', () => {
  it('every built script is ASCII (Chrome refuses to load non-UTF-8 scripts)', () => {
    const scripts = files(chromeDir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const offending = scripts.filter((f) => readFileSync(f).some((byte) => byte > 0x7f));
    expect(offending).toEqual([]);
  });

  it('the Firefox build passes web-ext lint with no errors', () => {
    let out = '';
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', firefoxDir, '--output', 'json'], {
        cwd: projectRoot as string,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  }, 120_000);
});
