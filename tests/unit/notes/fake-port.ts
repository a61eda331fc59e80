import type { PortLike } from '@/utils/notes/editor-channel';

/** A runtime Port pair end for tests: what one side posts, the other's listeners get. */
export interface FakePort extends PortLike {
  sent: unknown[];
  disconnected: boolean;
  /** the other side sends `message` */
  receive(message: unknown): void;
  /** the other side goes away */
  drop(): void;
}

export function fakePort(name: string, sender?: PortLike['sender']): FakePort {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: FakePort = {
    name,
    ...(sender ? { sender } : {}),
    sent: [],
    disconnected: false,
    postMessage: (m) => void port.sent.push(m),
    disconnect() {
      if (port.disconnected) return;
      port.disconnected = true;
    },
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    receive: (m) => onMessage.forEach((l) => l(m)),
    drop() {
      port.disconnected = true;
      onDisconnect.forEach((l) => l());
    },
  };
  return port;
}
