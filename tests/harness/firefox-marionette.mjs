// Firefox older than 150 (Debian's ESR 140) over Marionette and WebDriver BiDi together: its BiDi
// cannot reach the browser window (no chrome scope), which the toolbar click, tab ids and
// permission answers need. Firefox allows one WebDriver session: Marionette opens it with a BiDi
// socket (as geckodriver does), and puppeteer drives that session over the socket, told the session
// is there already when it asks for a new one. Marionette runs the browser window's scripts.
import puppeteer from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { Browser, createProfile, launch } from '@puppeteer/browsers';
import { connect } from 'node:net';

/** Marionette's framing: `length:json`, each message `[0, id, command, params]`, each answer `[1, id, error, result]`. */
async function marionetteClient(port) {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let buffer = Buffer.alloc(0);
  const waiting = new Map();
  let hello;
  const greeted = new Promise((resolve) => (hello = resolve));
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) hello(message);
      else waiting.get(message[1])?.(message);
    }
  });
  socket.on('close', () => {
    for (const answer of waiting.values()) answer([1, 0, { error: 'closed', message: 'Marionette closed' }, null]);
  });
  await greeted;
  let id = 0;
  const send = (command, params) =>
    new Promise((resolve, reject) => {
      const mine = ++id;
      waiting.set(mine, ([, , error, result]) => {
        waiting.delete(mine);
        if (error) reject(new Error(`Marionette ${command}: ${error.error}: ${error.message}`));
        else resolve(result);
      });
      const body = Buffer.from(JSON.stringify([0, mine, command, params]), 'utf8');
      socket.write(`${body.length}:`);
      socket.write(body);
    });
  return { send, close: () => socket.destroy() };
}

/** The session's BiDi socket, answering puppeteer's `session.new` with the session Marionette opened. */
function sessionTransport(inner, session) {
  const transport = {
    onmessage: undefined,
    onclose: undefined,
    send(message) {
      const { id, method } = JSON.parse(message);
      if (method !== 'session.new') return inner.send(message);
      queueMicrotask(() => transport.onmessage?.(JSON.stringify({ type: 'success', id, result: session })));
    },
    close: () => inner.close(),
  };
  inner.onmessage = (m) => transport.onmessage?.(m);
  inner.onclose = () => transport.onclose?.();
  return transport;
}

/**
 * Launches Firefox on `userDataDir` with `prefs` and `args`; resolves with the puppeteer browser and
 * `inChrome(expression)`, which runs an expression in the browser window and returns its value.
 */
export async function launchWithMarionette({ executablePath, headless, userDataDir, prefs, args, defaultViewport, protocolTimeout }) {
  // The prefs puppeteer's own launch sets (its profile), with the harness's and Marionette's.
  await createProfile(Browser.FIREFOX, { path: userDataDir, preferences: { ...prefs, 'fission.webContentIsolationStrategy': 0, 'marionette.port': 0 } });
  const firefox = launch({
    executablePath,
    args: [...args, '--marionette', '--remote-debugging-port=0', '--profile', userDataDir, ...(headless ? ['--headless'] : [])],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let marionette;
  try {
    const port = Number(await firefox.waitForLineOutput(/Marionette\s+INFO\s+Listening on port (\d+)/, 30_000));
    marionette = await marionetteClient(port);
    // Marionette takes the capabilities themselves (geckodriver has matched them already).
    const { sessionId, capabilities } = await marionette.send('WebDriver:NewSession', {
      webSocketUrl: true,
      acceptInsecureCerts: true,
      unhandledPromptBehavior: { default: 'ignore' },
    });
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const inner = await NodeWebSocketTransport.create(capabilities.webSocketUrl);
    const browser = await puppeteer.connect({
      transport: sessionTransport(inner, { sessionId, capabilities }),
      protocol: 'webDriverBiDi',
      acceptInsecureCerts: true,
      defaultViewport,
      protocolTimeout,
    });
    const close = browser.close.bind(browser);
    browser.close = async () => {
      await close().catch(() => undefined);
      marionette.close();
      await firefox.close();
    };
    const inChrome = async (expression) => (await marionette.send('WebDriver:ExecuteScript', { script: `return (${expression});`, args: [] })).value;
    return { browser, inChrome };
  } catch (error) {
    marionette?.close();
    await firefox.close().catch(() => undefined);
    throw error;
  }
}
