/**
 * Lets pending macrotasks (an abort from a timer or a request, an HTTP write) run. setImmediate in
 * Node; a MessageChannel in the browser, because setTimeout is clamped to 4 ms there and
 * requestAnimationFrame (tf.nextFrame) would cap training at 60 batches a second.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
