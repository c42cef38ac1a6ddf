import type { KitId } from '../../../core/ids';
import { newId } from '../../../core/ids';
import { loadCommissionCandidates } from '../../../desk/commission';
import { saveClinicSettings } from '../../../sync/clinicSettings';
import { registerTransport } from '../../registerTransport';
import { useSession } from '../../session/SessionContext';
import { useOnline } from '../../useOnline';
import { useDesk } from '../frame/DeskEnvironment';
import { useLiveQuery } from '../frame/useLiveQuery';
import { SettingsForm } from './SettingsForm';
import { deskSaveAnswer } from './settingsSaveNotice';

const DRAFT_KEY = 'desk:clinic-settings';

/**
 * The admin's editor of the clinic's settings at the desk (SettingsForm holds the form).
 * "Save" sends the whole document to the register with the admin's staff token, online only,
 * and on success keeps the register's answer on this tablet, which the desk then uses at once.
 * The commission's candidates are the clinic's staff as the register's directory last listed
 * them on this tablet.
 */
export function SettingsEditor() {
  const env = useDesk();
  const online = useOnline();
  const { session } = useSession();
  const candidates = useLiveQuery(() => loadCommissionCandidates(env), [env.db]);
  const token = session?.token ?? '';
  return (
    <SettingsForm
      draftKey={DRAFT_KEY}
      settings={env.clinic.settings}
      candidates={
        candidates.loaded
          ? { loaded: true, members: candidates.value }
          : { loaded: false, members: [] }
      }
      newKitId={() => newId<KitId>(env.now, env.random)}
      online={online}
      save={async (settings) => {
        if (token === '') return { ok: false, notice: { kind: 'needs-password' }, issues: [] };
        return deskSaveAnswer(
          await saveClinicSettings(env.db, registerTransport, { staffToken: token, settings }),
        );
      }}
    />
  );
}
