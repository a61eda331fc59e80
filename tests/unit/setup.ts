import 'fake-indexeddb/auto';
import { loadCatalogs } from '@/utils/i18n/catalogs';

loadCatalogs();
