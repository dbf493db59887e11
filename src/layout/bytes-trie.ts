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

	/**
	Where the walk stands after its first byte (key 0x10000 + byte) and after its first two (key
	first << 8 | second), worked out once each: the root and the nodes below it are branches of many
	bytes, searched every time otherwise. -2: not worked out yet.
	*/
	private readonly knownAt = new Int32Array(0x10100).fill(-2);
	private readonly knownPending = new Int8Array(0x10100);
	private readonly knownResult = new Uint8Array(0x10100);

	constructor(private readonly bytes: Uint8Array) {}

	/** Starts a walk with `byte`. */
	first(byte: number): number {
		const key = 0x10000 | byte;
		if (this.knownAt[key] !== -2) return this.recall(key);
		this.pending = -1;
		return this.remember(key, this.node(0, byte));
	}

	/** Starts a walk with the bytes `first` and `second`. */
	firstTwo(first: number, second: number): number {
		const key = (first << 8) | second;
		if (this.knownAt[key] !== -2) return this.recall(key);
		this.first(first);
		return this.remember(key, this.next(second));
	}

	private remember(key: number, result: number): number {
		this.knownAt[key] = this.at;
		this.knownPending[key] = this.pending;
		this.knownResult[key] = result;
		return result;
	}

	private recall(key: number): number {
		this.at = this.knownAt[key];
		this.pending = this.knownPending[key];
		return this.knownResult[key];
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

/** Where the jump delta at `at` leads: its lead byte says how many bytes follow (0 to 4) and holds its top bits. */
function jump(bytes: Uint8Array, at: number): number {
	const lead = bytes[at++];
	const size = lead < 0xc0 ? 0 : lead < 0xf0 ? 1 : lead < 0xfe ? 2 : lead === 0xfe ? 3 : 4;
	const top = size === 0 ? lead : size === 1 ? lead - 0xc0 : size === 2 ? lead - 0xf0 : 0;
	return at + size + withBytes(top, bytes, at, size);
}

/** Where the non-final value at `at` (a branch's jump, coded as a value: the lead byte shifted right by 1) leads. */
function readDelta(bytes: Uint8Array, at: number): number {
	const lead = bytes[at++] >> 1;
	const size = lead < 0x51 ? 0 : lead < 0x6c ? 1 : lead < 0x7e ? 2 : lead === 0x7e ? 3 : 4;
	const top = size === 0 ? lead - 0x10 : size === 1 ? lead - 0x51 : size === 2 ? lead - 0x6c : 0;
	return at + size + withBytes(top, bytes, at, size);
}

/** `top`, then the `size` bytes at `at`, as one big-endian number. */
function withBytes(top: number, bytes: Uint8Array, at: number, size: number): number {
	let value = top;
	for (let i = 0; i < size; i++) value = (value << 8) | bytes[at + i];
	return value;
}
