import {canBreakBefore, Kind, quoteKind} from './breaks.js';
import type {WidthModel} from './clusters.js';
import {scanCluster, scanned} from './segment.js';

export type WrapOptions = {
	/** How the terminal measures text; see `WidthModel`. Default `codepoint`. */
	widthModel?: WidthModel;
};

/** One line of a wrapped paragraph: `text.slice(start, end)`, taking `cells` cells. */
export type LineSpan = {start: number; end: number; cells: number};

/*
Greedy line filling over grapheme clusters, in one pass.

The clusters of the line being built are kept in a small buffer (start, end, cells, kind). A
cluster that would make the line wider than `width` ends it:
- at the last break opportunity on the line, if there is one: the next word moves down, unless
  it proves wider than a whole line, in which case it starts on this line, filling it, and is cut;
- otherwise at this cluster (a word wider than the line is cut between clusters), moved back
  before any closing punctuation so that a danda or comma does not start the next line, where the
  moved part still fits.
Spaces before a break stay at the end of the line they follow and are not counted: lines are
trimmed of them. A single cluster wider than the line gets a line of its own (nothing smaller exists).
Each cluster is measured once and moved at most a bounded number of times, so time and memory are
linear in the paragraph's length whether it has spaces or not.
*/

class LineBuffer {
	starts = new Int32Array(256);
	ends = new Int32Array(256);
	cells = new Int32Array(256);
	kinds = new Uint8Array(256);
	length = 0;
	totalCells = 0;
	/** Index just after the last non-space cluster, or 0 when the buffer holds only spaces. */
	content = 0;

	push(start: number, end: number, cells: number, kind: Kind): void {
		if (this.length === this.starts.length) this.grow();
		const i = this.length++;
		this.starts[i] = start;
		this.ends[i] = end;
		this.cells[i] = cells;
		this.kinds[i] = kind;
		this.totalCells += cells;
		if (kind !== Kind.Space) this.content = this.length;
	}

	clear(): void {
		this.length = 0;
		this.totalCells = 0;
		this.content = 0;
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

	/**
	Removes the first `count` clusters and returns the trimmed line they make; an empty line
	stands at `emptyAt` when there are none.
	*/
	take(count: number, emptyAt = 0): LineSpan {
		const contentEnd = this.contentEnd(count);
		let cells = 0;
		let removed = 0;
		for (let i = 0; i < count; i++) {
			removed += this.cells[i];
			if (i < contentEnd) cells += this.cells[i];
		}
		const start = count > 0 ? this.starts[0] : emptyAt;
		const line = {start, end: contentEnd > 0 ? this.ends[contentEnd - 1] : start, cells};
		this.starts.copyWithin(0, count, this.length);
		this.ends.copyWithin(0, count, this.length);
		this.cells.copyWithin(0, count, this.length);
		this.kinds.copyWithin(0, count, this.length);
		this.length -= count;
		this.totalCells -= removed;
		this.content = Math.max(0, this.content - count);
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

	/** Cells of the first `count` clusters. */
	cellsBefore(count: number): number {
		let cells = 0;
		for (let i = 0; i < count; i++) cells += this.cells[i];
		return cells;
	}

	/**
	Where to cut a line whose next word is wider than a whole line: at `fill`, where the line was
	full, moved back over closing punctuation and spaces, but not before `breakAt`.
	*/
	fillCut(breakAt: number, fill: number): number {
		let cut = fill;
		while (cut > breakAt && (this.kinds[cut] === Kind.Close || this.kinds[cut] === Kind.Space)) cut--;
		return cut;
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

// One buffer serves every call: lineSpans runs to the end without yielding, so calls never overlap.
const sharedBuffer = new LineBuffer();

function checkWidth(width: number): void {
	if (!Number.isInteger(width) || width < 1) {
		throw new RangeError(`width must be a whole number of cells, at least 1 (got ${width})`);
	}
}

/** The lines of one paragraph, as spans of `text`, each at most `width` cells where possible. */
export function lineSpans(text: string, width: number, options: WrapOptions = {}): LineSpan[] {
	checkWidth(width);
	const grapheme = options.widthModel === 'grapheme';
	const lines: LineSpan[] = [];
	const buffer = sharedBuffer;
	buffer.clear();
	let lastBreak = 0; // buffer index where the line may break; 0 when there is none
	// Once the line overflows it ends at `pending`, unless the word after it proves wider than a
	// whole line: then the line is filled instead, up to `pendingFill`, and the word cut there.
	let pending = 0;
	let pendingFill = 0;
	let pendingCells = 0; // cells before `pending`
	let last = Kind.Newline; // kind of the last non-space cluster
	let spaced = false;
	let hyphenAfterWord = false;

	const endPendingLine = () => {
		if (pending > 0) lines.push(buffer.take(pending));
		pending = 0;
	};

	for (let start = 0, end = 0; start < text.length; start = end) {
		end = scanCluster(text, start);
		const cells = grapheme ? scanned.graphemeCells : scanned.cells;
		const kind: Kind = scanned.kind === Kind.Quote ? quoteKind(text, end, last !== Kind.Newline && !spaced) : scanned.kind;

		if (kind === Kind.Newline) {
			endPendingLine();
			lines.push(buffer.take(buffer.length, start));
			lastBreak = 0;
			last = Kind.Newline;
			spaced = false;
			continue;
		}
		if (kind === Kind.Space) {
			buffer.push(start, end, cells, kind);
			spaced = true;
			continue;
		}

		if (buffer.content > 0 && canBreakBefore(last, spaced, kind, hyphenAfterWord)) {
			endPendingLine(); // the word before this one fits on a line of its own
			lastBreak = buffer.length;
		}
		if (pending === 0 && buffer.overflows(cells, width)) {
			if (lastBreak > 0) {
				pending = lastBreak;
				pendingFill = buffer.length;
				pendingCells = buffer.cellsBefore(pending);
			} else {
				lines.push(buffer.take(buffer.forcedCut(kind, cells, width)));
			}
			lastBreak = 0;
		}
		if (pending > 0 && buffer.totalCells - pendingCells + cells > width) {
			lines.push(buffer.take(buffer.fillCut(pending, pendingFill)));
			pending = 0;
			if (buffer.overflows(cells, width)) lines.push(buffer.take(buffer.forcedCut(kind, cells, width)));
		}
		hyphenAfterWord = kind === Kind.Hyphen && last !== Kind.Newline && !spaced;
		buffer.push(start, end, cells, kind);
		last = kind;
		spaced = false;
	}
	endPendingLine();
	lines.push(buffer.take(buffer.length, text.length));
	return lines;
}

/**
Wraps one paragraph for a terminal `width` cells wide. Breaks only between grapheme clusters,
never puts closing punctuation at the start of a line, and never changes the text: joining the
lines gives back the paragraph, less the spaces at each break.
*/
export function wrap(text: string, width: number, options: WrapOptions = {}): string[] {
	return lineSpans(text, width, options).map(({start, end}) => text.slice(start, end));
}
