/*
What a code point of the Brahmic scripts does in a word: the kinds that the letter table
(letters.ts) gives each code point, and that the phones (phones.ts) and the morphology read.
*/

/** What a code point does in a word. */
export enum Kind {
	Other = 0,
	/** A consonant: its text, followed by the inherent vowel unless a sign or virama comes next. */
	Consonant = 1,
	Vowel = 2,
	Sign = 3,
	Virama = 4,
	Anusvara = 5,
	Candrabindu = 6,
	Visarga = 7,
	Nukta = 8,
	/** A letter that is written as it is and touches no vowel (avagraha ’, ॐ ōm, Tamil ஃ ḵ). */
	Symbol = 9,
	Digit = 10,
	Danda = 11,
	/** Writes nothing: length marks, accents. */
	Silent = 12,
	/** Gurmukhi addak: the next consonant is doubled. */
	Addak = 13,
	/** A consonant that never carries a vowel: Bengali ৎ, Malayalam chillus, Malayalam dot reph. */
	Dead = 14,
	/** A consonant written below the previous one (Gurmukhi yakash ੵ): like virama + that consonant. */
	Subjoined = 15,
}
