// `npm run screenshots`: every surface a person sees, in both languages, written as PNGs into
// `screenshots/` (git-ignored) for a reviewer to look at. Each module in this folder other than
// this one exports `default async function (ctx)` and takes its own pictures with `ctx.shot`.
//   ctx = { browser, server, lang: 'en' | 'zh_TW', extensionId, shot(name, target), log }
// `target` is a Playwright Page (the viewport) or Locator (that element).
// Options: --no-build, --only NAME (a module's file name without .mjs), --lang en|zh_TW
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../harness/server.mjs';
import { launchBrowser, missingChromiumMessage, projectRoot } from '../harness/browser.mjs';

const LANGS = ['en', 'zh_TW'];

function parseArgs(argv) {
  const args = { build: true, only: null, langs: LANGS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') args.build = false;
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--lang') args.langs = [argv[++i]];
    else throw new Error(`unknown option ${a} (options: --no-build, --only NAME, --lang en|zh_TW)`);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const missing = missingChromiumMessage();
  if (missing) throw new Error(missing);
  if (args.build) {
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const here = join(projectRoot, 'tests', 'screenshots');
  const modules = readdirSync(here)
    .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
    .filter((f) => !args.only || f === `${args.only}.mjs`)
    .sort();
  const outDir = join(projectRoot, 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const written = [];
  let failures = 0;
  for (const lang of args.langs) {
    for (const file of modules) {
      const name = file.replace(/\.mjs$/, '');
      const server = await startServer();
      const browser = await launchBrowser({ port: server.port, locale: lang.replace('_', '-') });
      const shot = async (shotName, target) => {
        const path = join(outDir, `${name}-${shotName}-${lang}.png`);
        await target.screenshot({ path });
        written.push(path);
      };
      try {
        const mod = await import(pathToFileURL(join(here, file)).href);
        await mod.default({ browser, server, lang, extensionId: browser.extensionId, shot, log: console.log });
      } catch (e) {
        failures++;
        console.error(`screenshots: ${name} (${lang}) failed:`, e);
      } finally {
        await browser.close();
        await server.close();
      }
    }
  }
  console.log(`\n${written.length} screenshots in ${outDir}${failures ? `; ${failures} module(s) failed` : ''}`);
  for (const p of written) console.log(`  ${p}`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
