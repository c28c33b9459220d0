// WebKit for the test runner: WebKitGTK's MiniBrowser driven over WebDriver (Debian's
// webkit2gtk-driver), on a private Xvfb display because this MiniBrowser has no headless mode.
// `webkitLauncher()` returns a launcher for web-test-runner.config.mjs, or null when WebKit cannot
// run here. The launcher starts Xvfb and WebKitWebDriver when wtr starts its browsers and
// stops both when wtr stops them, and also on exit, SIGINT, SIGTERM and SIGHUP, so nothing is
// left running.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const HOST = '127.0.0.1';

/** The first path that exists: Debian's, or the one WEBKIT_DRIVER_PATH / WEBKIT_BROWSER_PATH / XVFB_PATH gives. */
const find = (...paths) => paths.find((path) => path && existsSync(path));
const webkitDriver = find(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver');
const miniBrowser = find(
  process.env.WEBKIT_BROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
);
const xvfb = find(process.env.XVFB_PATH, '/usr/bin/Xvfb');

/** Children still running, killed (with their own children) whenever this process ends. */
const children = new Set();

function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Each child leads its own process group: this also ends the MiniBrowser the driver started.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function killAll() {
  for (const child of children) kill(child);
  children.clear();
}

let cleanupInstalled = false;
function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, function onSignal() {
      killAll();
      // wtr handles SIGINT itself (it stops the browsers, then exits). For a signal nobody else
      // handles, end the way the signal would have without this listener.
      if (process.listenerCount(signal) === 1) {
        process.off(signal, onSignal);
        process.kill(process.pid, signal);
      }
    });
  }
}

/** Spawns a child in its own process group, keeping the last lines of its output for error messages. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.output = () => output.trim();
  return child;
}

/** Rejects when `child` exits (or cannot start) before `promise` settles. */
function unlessExited(child, name, promise) {
  return new Promise((resolve, reject) => {
    const fail = (reason) => reject(new Error(`${name} ${reason}.\n${child.output()}`));
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`})`));
    promise.then(resolve, reject);
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with that display, e.g. ":99". */
async function startXvfb() {
  const child = start(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const display = new Promise((resolve) => {
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
  });
  return { child, display: await unlessExited(child, 'Xvfb', withTimeout(display, 10000, 'Xvfb gave no display')) };
}

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Resolves once the driver on `port` answers /status with ready: true. */
async function ready(port) {
  for (;;) {
    try {
      const response = await fetch(`http://${HOST}:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts WebKitWebDriver on a free port (with Xvfb for its windows when Xvfb is installed, the
 * current display otherwise) and resolves with `{port, stop}` once it answers.
 */
export async function startWebKitDriver() {
  installCleanup();
  const started = [];
  const stop = () => started.forEach(kill);
  try {
    let display = process.env.DISPLAY;
    if (xvfb) {
      const server = await startXvfb();
      started.push(server.child);
      display = server.display;
    } else if (!display) {
      throw new Error('WebKit needs an X display: apt-get install -y xvfb');
    }
    // Another process could take the free port before the driver does: then try another one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const driver = start(webkitDriver, [`--port=${port}`, `--host=${HOST}`], {
        env: { ...process.env, DISPLAY: display },
      });
      started.push(driver);
      try {
        await unlessExited(
          driver,
          'WebKitWebDriver',
          withTimeout(ready(port), 20000, 'WebKitWebDriver did not answer'),
        );
        return { port, stop };
      } catch (error) {
        kill(driver);
        if (attempt === 3) throw error;
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

/** wtr's WebDriver launcher, which starts its own driver (and display) first and stops them last. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.driverProcess?.stop();
      this.driverProcess = undefined;
    }
  }
}

/**
 * The WebKit launcher for wtr, or null when WebKit cannot run here: no WebKitWebDriver or
 * MiniBrowser (webkit2gtk-driver), or neither Xvfb nor a display for its windows.
 */
export function webkitLauncher() {
  if (!webkitDriver || !miniBrowser || (!xvfb && !process.env.DISPLAY)) return null;
  return new WebKitLauncher({
    automationProtocol: 'webdriver',
    hostname: HOST,
    port: 0, // set once the driver has started
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio would otherwise ask for a BiDi session, which WebKitWebDriver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
}
