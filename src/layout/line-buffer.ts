import {Kind} from './breaks.js';

/** One line of a wrapped paragraph: `text.slice(start, end)`, taking `cells` cells. */
export type LineSpan = {start: number; end: number; cells: number};

/**
The clusters of a line being cut between clusters (start, end, cells, kind): used for words wider
than a line, where every cluster boundary is a candidate. Lines taken from it are trimmed of
trailing spaces.
*/
export class LineBuffer {
	starts = new Int32Array(256);
	ends = new Int32Array(256);
	cells = new Int32Array(256);
	kinds = new Uint8Array(256);
	length = 0;
	totalCells = 0;
	/** Index just after the last non-space cluster, or 0 when the buffer holds only spaces. */
	content = 0;
	/** Index of the last space, or -1 when there is none: a line without one is cut without a search. */
	lastSpace = -1;

	push(start: number, end: number, cells: number, kind: Kind): void {
		if (this.length === this.starts.length) this.grow();
		const i = this.length++;
		this.starts[i] = start;
		this.ends[i] = end;
		this.cells[i] = cells;
		this.kinds[i] = kind;
		this.totalCells += cells;
		if (kind !== Kind.Space) this.content = this.length;
		else this.lastSpace = i;
	}

	clear(): void {
		this.length = 0;
		this.totalCells = 0;
		this.content = 0;
		this.lastSpace = -1;
	}

	/**
	Whether a cluster of `cells` more would make the line wider than `width`. An empty line never
	overflows: a cluster wider than the whole line gets a line of its own.
	*/
	overflows(cells: number, width: number): boolean {
		return this.length > 0 && this.totalCells + cells > width;
	}

	/** Index just after the last non-space cluster before `limit`, or 0. */
	contentEnd(limit: number): number {
		let i = limit;
		while (i > 0 && this.kinds[i - 1] === Kind.Space) i--;
		return i;
	}

	/** Cells of the first `count` clusters. */
	cellsBefore(count: number): number {
		if (count === this.length) return this.totalCells;
		let cells = 0;
		for (let i = 0; i < count; i++) cells += this.cells[i];
		return cells;
	}

	/** Removes the first `count` clusters (at least one) and returns the trimmed line they make. */
	take(count: number): LineSpan {
		const contentEnd = this.contentEnd(count);
		const cells = this.cellsBefore(contentEnd);
		let removed = cells; // and the trailing spaces after the content
		for (let i = contentEnd; i < count; i++) removed += this.cells[i];
		const start = this.starts[0];
		const line = {start, end: contentEnd > 0 ? this.ends[contentEnd - 1] : start, cells};
		if (count < this.length) {
			this.starts.copyWithin(0, count, this.length);
			this.ends.copyWithin(0, count, this.length);
			this.cells.copyWithin(0, count, this.length);
			this.kinds.copyWithin(0, count, this.length);
		}
		this.length -= count;
		this.totalCells -= removed;
		this.content = Math.max(0, this.content - count);
		this.lastSpace = Math.max(-1, this.lastSpace - count);
		return line;
	}

	/**
	Where to cut a line that has no break opportunity, before a cluster of kind `next` and
	`nextCells` cells. Preferred: after the last space in it (a bracketed run such as
	"( जिसमें … )" is glued together by the rules but still has spaces), as long as the moved part
	fits and does not start with closing punctuation. Otherwise before `next`, moved back over
	closing punctuation when that fits, so a danda or comma does not start the next line.
	*/
	forcedCut(next: Kind, nextCells: number, width: number): number {
		if (this.lastSpace === -1 && next !== Kind.Close) return this.length; // the common case of a long word: nothing to look for
		let carried = nextCells;
		let closeCut = 0;
		for (let i = this.length; i >= 1; i--) {
			if (i < this.length) carried += this.cells[i];
			if (carried > width) break;
			const kind = i === this.length ? next : this.kinds[i];
			if (kind === Kind.Space || kind === Kind.Close) continue;
			if (this.kinds[i - 1] === Kind.Space && this.contentEnd(i) > 0) return i;
			if (closeCut === 0 && next === Kind.Close) closeCut = i;
		}
		return closeCut || this.length;
	}

	private grow(): void {
		const size = this.starts.length * 2;
		const grown = <T extends Int32Array | Uint8Array>(old: T, bigger: T): T => {
			bigger.set(old);
			return bigger;
		};
		this.starts = grown(this.starts, new Int32Array(size));
		this.ends = grown(this.ends, new Int32Array(size));
		this.cells = grown(this.cells, new Int32Array(size));
		this.kinds = grown(this.kinds, new Uint8Array(size));
	}
}
