// Firefox older than 150 (Debian's ESR 140) over Marionette and WebDriver BiDi together: its BiDi
// cannot reach the browser window (no chrome scope), which the toolbar click, tab ids and
// permission answers need. Firefox allows one WebDriver session: Marionette opens it with a BiDi
// socket (as geckodriver does), and puppeteer drives that session over the socket, told the session
// is there already when it asks for a new one. Marionette runs the browser window's scripts.
import puppeteer from 'puppeteer-core';
import WebSocket from 'ws';
import { once } from 'node:events';
import { Browser, createProfile, launch } from '@puppeteer/browsers';
import { connect } from 'node:net';

/** `promise`, or an error saying what did not come within 30 s. */
function withTimeout(promise, what) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within 30 s`)), 30_000)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

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
  let closed = false;
  const greeted = new Promise((resolve, reject) => {
    hello = resolve;
    socket.once('close', () => reject(new Error('Marionette closed before it said hello')));
  });
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
    closed = true;
    for (const answer of waiting.values()) answer([1, 0, { error: 'closed', message: 'Marionette closed' }, null]);
  });
  await withTimeout(greeted, 'Marionette to say hello');
  let id = 0;
  const send = (command, params) =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error(`Marionette ${command}: Marionette closed`));
      const mine = ++id;
      const timer = setTimeout(() => waiting.get(mine)?.([1, mine, { error: 'timeout', message: 'no answer in 60 s' }, null]), 60_000);
      waiting.set(mine, ([, , error, result]) => {
        clearTimeout(timer);
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

/** The session's BiDi socket as puppeteer's transport, answering its `session.new` with the session Marionette opened. */
async function sessionTransport(url, session) {
  // Screenshots come back as one message: no size limit of ws's own (100 MB) in the way.
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1024 * 1024 * 1024 });
  await withTimeout(once(socket, 'open'), 'BiDi socket');
  const transport = {
    onmessage: undefined,
    onclose: undefined,
    send(message) {
      const { id, method } = JSON.parse(message);
      if (method !== 'session.new') return socket.send(message);
      queueMicrotask(() => transport.onmessage?.(JSON.stringify({ type: 'success', id, result: session })));
    },
    close: () => socket.close(),
  };
  socket.on('message', (data) => transport.onmessage?.(data.toString('utf8')));
  socket.on('close', () => transport.onclose?.());
  socket.on('error', () => undefined);
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
    // As puppeteer's own launch: the display, home and MOZ_ settings reach Firefox.
    env: process.env,
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
    const browser = await puppeteer.connect({
      transport: await sessionTransport(capabilities.webSocketUrl, { sessionId, capabilities }),
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
