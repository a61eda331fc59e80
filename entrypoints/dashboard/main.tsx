import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import { openDatabase } from '@/utils/db/database';
import './dashboard.css';

loadCatalogs();

render(<DashboardApp db={openDatabase()} />, document.getElementById('app')!);
