import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Generous: the machine may be busy, and the terminal tests draw thousands of lines.
		testTimeout: 180_000,
		hookTimeout: 180_000,
	},
});
