import { t, type Lang } from '@/utils/i18n';
import type { DashboardFilter } from '@/utils/dashboard/query';
import { ORGS } from '@/utils/orgs';
import { PLACES } from '@/utils/places/data';
import { KIND_KEYS, STATUS_KEYS } from '../panel/labels';

interface Props {
  lang: Lang;
  filter: DashboardFilter;
  tags: string[];
  onChange: (filter: DashboardFilter) => void;
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const SEVERITY_KEYS = { critical: 'severityCritical', high: 'severityHigh', medium: 'severityMedium', low: 'severityLow' } as const;
const LABELS = { org: 'filter_org', place: 'filter_place', kind: 'filter_kind', status: 'filter_status', severity: 'filter_severity', tag: 'filter_tag' } as const;
const day = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));

export function Filters({ lang, filter, tags, onChange }: Props) {
  const set = (patch: Partial<DashboardFilter>) => {
    const next = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof DashboardFilter)[]) if (next[k] === '' || next[k] === undefined) delete next[k];
    onChange(next);
  };
  const select = (name: keyof typeof LABELS, options: [string, string][]) => (
    <label>
      {t(lang, LABELS[name])}
      <select name={name} value={String(filter[name] ?? '')} onChange={(e) => set({ [name]: e.currentTarget.value || undefined })}>
        <option value="">{t(lang, 'filterAny')}</option>
        {options.map(([value, label]) => (
          <option value={value} key={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        {t(lang, 'filterSearch')}
        <input type="search" name="search" value={filter.search ?? ''} onInput={(e) => set({ search: e.currentTarget.value })} />
      </label>
      {select('org', [...ORGS.map((o) => [o.id, o.names[lang]] as [string, string]), ['none', t(lang, 'reportOtherSites')]])}
      {select('place', PLACES.map((p) => [p.id, p.names[lang]]))}
      {select('kind', Object.entries(KIND_KEYS).map(([v, k]) => [v, t(lang, k)]))}
      {select('status', Object.entries(STATUS_KEYS).map(([v, k]) => [v, t(lang, k)]))}
      {select('severity', SEVERITIES.map((s) => [s, t(lang, SEVERITY_KEYS[s])]))}
      {select('tag', tags.map((tag) => [tag, tag]))}
      <label>
        {t(lang, 'filterFrom')}
        <input type="date" name="from" value={day(filter.from)} onChange={(e) => set({ from: e.currentTarget.value ? Date.parse(e.currentTarget.value) : undefined })} />
      </label>
      <label>
        {t(lang, 'filterTo')}
        <input type="date" name="to" value={day(filter.to)} onChange={(e) => set({ to: e.currentTarget.value ? Date.parse(e.currentTarget.value) + 86_399_999 : undefined })} />
      </label>
      <label class="check">
        <input type="checkbox" name="possiblyCorrected" checked={Boolean(filter.possiblyCorrected)} onChange={(e) => set({ possiblyCorrected: e.currentTarget.checked || undefined })} />
        {t(lang, 'filterPossiblyCorrected')}
      </label>
    </form>
  );
}
