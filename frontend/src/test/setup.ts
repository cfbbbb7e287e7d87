import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '../lib/i18n';

// findBy… and waitFor wait for what the app does, not for a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Tests read English unless they switch.
await i18n.changeLanguage('en');

afterEach(() => {
  cleanup();
  localStorage.clear();
});
