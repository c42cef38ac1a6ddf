import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../core/protocol/session';

type Member = { readonly id: string; readonly displayName: string; readonly role: StaffRole };

/** A list of staff to tap one of — who unlocks, who is new, who vouches — name and role. */
export function StaffChoices<M extends Member>({
  label,
  members,
  onChoose,
}: {
  readonly label: string;
  readonly members: readonly M[];
  readonly onChoose: (member: M) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="staff-choices" aria-label={label}>
      {members.map((member) => (
        <li key={member.id}>
          <button
            type="button"
            onClick={() => {
              onChoose(member);
            }}
          >
            <span>{member.displayName}</span>
            <small>{t(`role.${member.role}`)}</small>
          </button>
        </li>
      ))}
    </ul>
  );
}
