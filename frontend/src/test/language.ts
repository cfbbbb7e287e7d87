import { act } from '@testing-library/react';
import i18n from '../lib/i18n';

/**
 * Switches the interface language as the language buttons do, and lets what
 * is on screen re-render in it before the test goes on.
 */
export async function switchLanguage(lng: string) {
  await act(() => i18n.changeLanguage(lng));
}
