import { useTranslation } from 'react-i18next';
import { useOnline } from '../useOnline';

export function NetworkBadge() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <p
      className={online ? 'badge badge-online' : 'badge badge-offline'}
      role="status"
      data-testid="network-state"
      data-online={online}
    >
      <span aria-hidden="true" className="badge-dot" />
      {online ? t('network.online') : t('network.offline')}
    </p>
  );
}
