import { t, type Lang } from '@/utils/i18n';
import type { PlaceCountView } from '@/utils/page/views';

interface Props {
  lang: Lang;
  places: PlaceCountView[];
  onShow: (id: string) => void;
}

export function PlacesSection({ lang, places, onShow }: Props) {
  return (
    <section class="tcl-section tcl-places" aria-label={t(lang, 'panelPlacesOnPage')}>
      {places.length === 0 ? <p class="tcl-empty">{t(lang, 'panelNoPlaces')}</p> : null}
      <ul class="tcl-list">
        {places.map((p) => (
          <li class="tcl-place" data-place={p.id} data-count={p.count} key={p.id}>
            <button type="button" class="tcl-link" onClick={() => onShow(p.id)} title={t(lang, 'panelShowOnPage')}>
              {p.name} <span class="tcl-count">×{p.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
