import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty } from '../components/Status';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <Empty title={t('notFound.title')} hint={t('notFound.hint')} />
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </section>
  );
}
