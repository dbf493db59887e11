// Waiting for conditions, never for time: poll until the condition holds (the test's own timeout
// ends a wait that never does).
import {readFileSync} from 'node:fs';

/** Resolves once `condition()` is true, looking again every few milliseconds. */
export async function waitFor(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

// epoll_wait, epoll_pwait and epoll_pwait2 by number, for /proc/<pid>/syscall.
const EPOLL_WAITS: Record<string, number[]> = {x64: [232, 281, 441], arm64: [22, 441]};

/**
Whether process `pid`'s main thread is asleep in epoll_wait, where Node's event loop waits when
it has nothing to do but wait for input. Its kernel wait channel (/proc/<pid>/wchan) names the
kernel function (do_epoll_wait, or ep_poll on older kernels); where the kernel hides it ("0"),
the system call it is in (/proc/<pid>/syscall, first field) tells.
*/
export function waitsInEventLoop(pid: number): boolean {
	try {
		const wchan = readFileSync(`/proc/${pid}/wchan`, 'utf8');
		if (wchan !== '0' && wchan !== '') return /epoll_wait|ep_poll/.test(wchan);
		const call = Number(readFileSync(`/proc/${pid}/syscall`, 'utf8').split(' ')[0]);
		return (EPOLL_WAITS[process.arch] ?? []).includes(call);
	} catch {
		return false;
	}
}
