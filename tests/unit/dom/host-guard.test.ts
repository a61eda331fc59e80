// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guardHost } from '@/utils/dom/host-guard';

const waiting: (() => void)[] = [];
/** Resolves when the guard has checked the page's latest change: its own signal, not a fixed wait. */
const tick = () => new Promise<void>((resolve) => waiting.push(resolve));

/** The event loop's next task (the guard checks a change one task after it): order, not time. */
const nextTask = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

function setup(maxRecoveries = 1) {
  document.body.innerHTML = '<p>page</p>';
  let host = document.createElement('taiwan-city-lens');
  document.body.append(host);
  const log: string[] = [];
  const stop = guardHost({
    doc: document,
    isConnected: () => host.isConnected,
    recover: () => {
      log.push('recover');
      host = document.createElement('taiwan-city-lens');
      document.body.append(host);
    },
    giveUp: () => log.push('give up'),
    maxRecoveries,
    onChecked: () => {
      for (const resolve of waiting.splice(0)) resolve();
    },
  });
  return { log, stop, host: () => host };
}

describe('guardHost', () => {
  it('comes back once when the page removes the host, then gives up', async () => {
    const { log, host, stop } = setup();
    host().remove();
    await tick();
    expect(log).toEqual(['recover']);
    expect(host().isConnected).toBe(true);
    host().remove();
    await tick();
    expect(log).toEqual(['recover', 'give up']);
    // Given up, the guard watches nothing: a removal is not even checked (it would be, one task later).
    let checkedAgain = false;
    waiting.push(() => (checkedAgain = true));
    host().remove();
    await nextTask();
    await nextTask();
    expect(checkedAgain).toBe(false);
    expect(log).toEqual(['recover', 'give up']);
    stop();
  });

  it('comes back into a replaced body', async () => {
    const { log, host, stop } = setup();
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    await tick();
    expect(log).toEqual(['recover']);
    expect(document.body.contains(host())).toBe(true);
    stop();
  });

  it('ignores the page’s other changes', async () => {
    const { log, stop } = setup();
    document.body.append(document.createElement('div'));
    await tick();
    expect(log).toEqual([]);
    stop();
  });
});
