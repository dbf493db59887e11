/*
A reader of ICU's BytesTrie, the form in which ICU keeps its word dictionaries (data/dictionary/).
A word is a sequence of bytes; the trie is walked one byte at a time from its root, and each step
says whether the bytes so far are no prefix of any word (NO_MATCH), a prefix only (NO_VALUE), or a
word, with longer words possible (INTERMEDIATE) or not (FINAL). Only walking is needed: the
dictionaries' values are not used. The layout of the nodes is ICU's (bytestrie.h):

- lead byte 0x00–0x0F: a branch on the next byte. Its count (lead + 1, or the following byte + 1
  when the lead is 0) is split as a binary search, each half reached by a jump, until at most 5
  bytes remain, which are listed with a value or a jump each;
- 0x10–0x1F: a linear match of lead − 0x0F bytes that follow;
- 0x20–0xFF: a value (bit 0 set: final, nothing follows); its size is in the lead byte.
*/

export const NO_MATCH = 0;
export const NO_VALUE = 1;
export const FINAL = 2;
export const INTERMEDIATE = 3;

const MIN_LINEAR_MATCH = 0x10;
const MIN_VALUE_LEAD = 0x20;
const LINEAR_BRANCH = 5;

/** A walk through one trie. */
export class BytesTrie {
	/** Where the walk is in `bytes`, or -1 once it has failed. */
	private at = -1;
	/** Bytes of a linear match still to come, minus one; -1 when not inside one. */
	private pending = -1;

	/** What `first` leads to for each byte, worked out once: the root is a branch of many bytes, searched every time otherwise. */
	private readonly firstAt = new Int32Array(256).fill(-2);
	private readonly firstPending = new Int8Array(256);
	private readonly firstResult = new Uint8Array(256);

	/** The same for the first two bytes (the first in the high byte of the index): the second level is a branch of many bytes too. */
	private readonly secondAt = new Int32Array(0x10000).fill(-2);
	private readonly secondPending = new Int8Array(0x10000);
	private readonly secondResult = new Uint8Array(0x10000);

	constructor(private readonly bytes: Uint8Array) {}

	/** Starts a walk with the bytes `first` and `second`. */
	firstTwo(first: number, second: number): number {
		const key = (first << 8) | second;
		if (this.secondAt[key] === -2) {
			this.first(first);
			this.secondResult[key] = this.next(second);
			this.secondAt[key] = this.at;
			this.secondPending[key] = this.pending;
		}
		this.at = this.secondAt[key];
		this.pending = this.secondPending[key];
		return this.secondResult[key];
	}

	/** Starts a walk with `byte`. */
	first(byte: number): number {
		if (this.firstAt[byte] === -2) {
			this.pending = -1;
			this.firstResult[byte] = this.node(0, byte);
			this.firstAt[byte] = this.at;
			this.firstPending[byte] = this.pending;
		}
		this.at = this.firstAt[byte];
		this.pending = this.firstPending[byte];
		return this.firstResult[byte];
	}

	/** Goes on with `byte`. */
	next(byte: number): number {
		const {bytes} = this;
		let at = this.at;
		if (at < 0) return NO_MATCH;
		if (this.pending >= 0) {
			if (byte !== bytes[at++]) return this.fail();
			this.at = at;
			return --this.pending < 0 ? this.result(at) : NO_VALUE;
		}
		return this.node(at, byte);
	}

	/** Reads the node at `at` with `byte`. */
	private node(at: number, byte: number): number {
		const {bytes} = this;
		for (;;) {
			const lead = bytes[at++];
			if (lead < MIN_LINEAR_MATCH) return this.branch(at, lead, byte);
			if (lead < MIN_VALUE_LEAD) {
				if (byte !== bytes[at++]) return this.fail();
				this.pending = lead - MIN_LINEAR_MATCH - 1;
				this.at = at;
				return this.pending < 0 ? this.result(at) : NO_VALUE;
			}
			if (lead & 1) return this.fail(); // a final value: no word goes on
			at = skipValue(at, lead); // an intermediate value, then the node that goes on
		}
	}

	private branch(at: number, lead: number, byte: number): number {
		const {bytes} = this;
		let length = (lead === 0 ? bytes[at++] : lead) + 1;
		while (length > LINEAR_BRANCH) {
			if (byte < bytes[at++]) {
				length >>= 1;
				at = jump(bytes, at);
			} else {
				length -= length >> 1;
				at = skipDelta(bytes, at);
			}
		}
		for (; length > 1; length--) {
			if (byte === bytes[at++]) {
				const value = bytes[at];
				if (value & 1) {
					this.at = at;
					return FINAL;
				}
				// Not final: the value is the distance to the node that goes on.
				at = readDelta(bytes, at);
				this.at = at;
				return this.result(at);
			}
			at = skipValue(at + 1, bytes[at]);
		}
		if (byte !== bytes[at++]) return this.fail();
		this.at = at;
		return this.result(at);
	}

	/** What the node at `at` makes of the bytes so far: a word, or only a prefix. */
	private result(at: number): number {
		const lead = this.bytes[at];
		return lead >= MIN_VALUE_LEAD ? (lead & 1 ? FINAL : INTERMEDIATE) : NO_VALUE;
	}

	private fail(): number {
		this.at = -1;
		return NO_MATCH;
	}
}

/** Past the value whose lead byte `lead` is just before `at`. */
function skipValue(at: number, lead: number): number {
	if (lead < 0xa2) return at; // (0x51 << 1): a one-byte value
	if (lead < 0xd8) return at + 1; // (0x6c << 1)
	if (lead < 0xfc) return at + 2; // (0x7e << 1)
	return at + 3 + ((lead >> 1) & 1);
}

/** Past the jump delta at `at`. */
function skipDelta(bytes: Uint8Array, at: number): number {
	const lead = bytes[at++];
	if (lead < 0xc0) return at;
	if (lead < 0xf0) return at + 1;
	if (lead < 0xfe) return at + 2;
	return at + 3 + (lead & 1);
}

/** Where the jump delta at `at` leads. */
function jump(bytes: Uint8Array, at: number): number {
	let delta = bytes[at++];
	if (delta >= 0xc0) {
		if (delta < 0xf0) delta = ((delta - 0xc0) << 8) | bytes[at++];
		else if (delta < 0xfe) {
			delta = ((delta - 0xf0) << 16) | (bytes[at] << 8) | bytes[at + 1];
			at += 2;
		} else if (delta === 0xfe) {
			delta = (bytes[at] << 16) | (bytes[at + 1] << 8) | bytes[at + 2];
			at += 3;
		} else {
			delta = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
			at += 4;
		}
	}
	return at + delta;
}

/** Where the non-final value at `at` (a branch's jump, coded as a value) leads. */
function readDelta(bytes: Uint8Array, at: number): number {
	const lead = bytes[at++] >> 1;
	let delta: number;
	if (lead < 0x51) delta = lead - 0x10;
	else if (lead < 0x6c) delta = ((lead - 0x51) << 8) | bytes[at++];
	else if (lead < 0x7e) {
		delta = ((lead - 0x6c) << 16) | (bytes[at] << 8) | bytes[at + 1];
		at += 2;
	} else if (lead === 0x7e) {
		delta = (bytes[at] << 16) | (bytes[at + 1] << 8) | bytes[at + 2];
		at += 3;
	} else {
		delta = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
		at += 4;
	}
	return at + delta;
}
