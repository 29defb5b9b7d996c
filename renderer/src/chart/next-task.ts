/**
 * Resolves in a task of its own (a 0 ms timer), after the browser has had the chance to draw
 * a frame and handle input. A MessageChannel yield was tried instead and made the fill slower.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
