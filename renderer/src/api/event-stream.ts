/**
 * Server-sent events read with fetch, so the request can carry the session header
 * (EventSource cannot send headers). Reconnects after a pause while the page lives.
 */
export function openEventStream(
  url: string,
  headers: () => Promise<Record<string, string>>,
  onEvent: (name: string, data: string) => void,
): void {
  const connect = async (): Promise<void> => {
    try {
      const res = await fetch(url, { headers: await headers(), credentials: 'omit' });
      if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatchBlock(buffer.slice(0, end), onEvent);
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // the host went away or refused us; try again shortly
    }
    setTimeout(() => void connect(), 2_000);
  };
  void connect();
}

function dispatchBlock(block: string, onEvent: (name: string, data: string) => void): void {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) name = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (data.length) onEvent(name, data.join('\n'));
}
