import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from '../lib/i18n';

// Tests read English unless they switch.
await i18n.changeLanguage('en');

afterEach(() => {
  cleanup();
  localStorage.clear();
});
