import { t, type Lang } from '@/utils/i18n';
import type { MembershipView } from '@/utils/page/views';
import { Evidence, MembershipFacts } from '../common/Sources';

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
            <div class="tcl-fact tcl-member-head">
              <strong>{m.placeName}</strong> · <span class="tcl-fact-text">{m.status.text}</span>
              {m.byUser ? <span class="tcl-by-user"> · {t(lang, 'memberByUser')}</span> : null}{' '}
              <Evidence lang={lang} evidence={m.status.evidence} />
            </div>
            <MembershipFacts lang={lang} facts={[...m.details, ...m.roles, ...m.notes]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
