import { t, type Lang } from '@/utils/i18n';
import type { MembershipView } from '@/utils/page/views';
import { Sources } from '../common/Sources';

interface Props {
  lang: Lang;
  orgName: string;
  members: MembershipView[];
}

export function MembersSection({ lang, orgName, members }: Props) {
  return (
    <section class="tcl-section tcl-members" aria-label={`${t(lang, 'panelMembers')} · ${orgName}`}>
      {members.length === 0 ? <p class="tcl-empty">{t(lang, 'panelNoMembers')}</p> : null}
      <ul class="tcl-list">
        {members.map((m) => (
          <li class="tcl-member" data-member={m.placeId} key={m.placeId}>
            <strong>{m.placeName}</strong> · {t(lang, 'since')} {m.since}
            {m.roles.length > 0 ? (
              <ul class="tcl-roles">
                {m.roles.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
            {m.notes ? <div class="tcl-note-text">{m.notes}</div> : null}
            <Sources lang={lang} sources={m.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
