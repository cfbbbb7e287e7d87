import { useTranslation } from 'react-i18next';
import { languages } from '../lib/i18n';

const names: Record<string, string> = { 'zh-CN': '中文', en: 'English' };

/** Switches between Chinese and English; i18next remembers the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="lang-switch" role="group" aria-label={t('nav.language')}>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={current === l}
          className={current === l ? 'active' : undefined}
          onClick={() => void i18n.changeLanguage(l)}
        >
          {names[l]}
        </button>
      ))}
    </div>
  );
}
