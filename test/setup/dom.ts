// @testing-library/preact cleans up only when `afterEach` is a global; Vitest's are not.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => {
	cleanup();
	localStorage.clear();
});
