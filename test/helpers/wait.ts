// Waiting for conditions, never for time: poll until the condition holds (the test's own timeout
// ends a wait that never does).
import {readFileSync} from 'node:fs';

/** Resolves once `condition()` is true, looking again every few milliseconds. */
export async function waitFor(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
Whether process `pid`'s main thread is asleep in epoll_wait, where Node's event loop waits when
it has nothing to do but wait for input (its kernel wait channel, /proc/<pid>/wchan, names the
kernel function: do_epoll_wait, or ep_poll on older kernels).
*/
export function waitsInEventLoop(pid: number): boolean {
	try {
		return /epoll_wait|ep_poll/.test(readFileSync(`/proc/${pid}/wchan`, 'utf8'));
	} catch {
		return false;
	}
}
