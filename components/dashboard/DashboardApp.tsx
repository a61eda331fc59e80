import { defaultLang, t } from '@/utils/i18n';

export function DashboardApp() {
  const lang = defaultLang();
  return (
    <main style={{ font: '14px/1.5 system-ui, sans-serif', padding: '16px 24px' }}>
      <h1>{t(lang, 'dashboardTitle')}</h1>
      <p>{t(lang, 'dashboardIntro')}</p>
    </main>
  );
}
