/** How many cluster starts are kept: more than a window of dictionary-window.ts holds (40 characters before the position it is asked about, each cluster at least one). */
const RECENT = 64;

/** The starts of the last RECENT clusters noted, in order, as a ring. */
export class RecentClusters {
	private readonly starts = new Int32Array(RECENT);
	private count = 0;

	note(start: number): void {
		this.starts[this.count++ & (RECENT - 1)] = start;
	}

	/** The newest noted cluster start before `position`, or -1. */
	before(position: number): number {
		for (let i = this.count - 1; i >= 0 && i >= this.count - RECENT; i--) {
			const start = this.starts[i & (RECENT - 1)];
			if (start < position) return start;
		}
		return -1;
	}

	/** Whether a cluster noted starts at `position`. */
	has(position: number): boolean {
		return this.before(position + 1) === position;
	}
}
