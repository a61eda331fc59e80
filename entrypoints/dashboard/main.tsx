import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import './dashboard.css';

loadCatalogs();

render(<DashboardApp />, document.getElementById('app')!);
