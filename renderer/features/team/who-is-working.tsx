// "Ai đang làm việc?": asked when a window opens, and after "Đổi người". Every audit row, keying and
// decision made afterwards carries the person chosen. The first person on a PC is its supervisor.
import { useState, type FormEvent } from 'react';
import { activeProfiles, type Profile } from '../../../shared/team/profile.ts';
import { roleLabels } from '../../../shared/team/roles.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useAppClient } from '../../platform/app-client.ts';
import { useTeamStore } from '../../stores/team-store.ts';
import { useTeamProfiles } from './use-team-profiles.ts';
import { PackageImport } from './package-import.tsx';

function PinPrompt({ person, onDone, onCancel }: { person: Profile; onDone: () => void; onCancel: () => void }) {
  const { t } = useT();
  const client = useAppClient();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.call('team:checkPin', { id: person.id, pin });
      onDone();
    } catch (failure) {
      setError(failure);
      setPin('');
    }
  };
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)}>
      <div className="form-row">
        <label htmlFor="person-pin">{t('team.pinFor', { name: person.fullName })}</label>
        <input id="person-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} autoFocus onChange={(e) => setPin(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">{t('team.enter')}</button>
        <button type="button" onClick={onCancel}>{t('team.back')}</button>
      </div>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}

function FirstPerson() {
  const { t } = useT();
  const client = useAppClient();
  const { reload } = useTeamProfiles();
  const choose = useTeamStore((s) => s.choose);
  const [fullName, setFullName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const person = await client.call('team:saveProfile', { fullName, role: 'supervisor', ...(pin !== '' ? { pin } : {}) });
      await reload();
      choose(person.id);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)}>
      <p>{t('team.firstPerson')}</p>
      <div className="form-row">
        <label htmlFor="first-person-name">{t('team.fullName')}</label>
        <input id="first-person-name" value={fullName} autoFocus autoComplete="name" onChange={(e) => setFullName(e.target.value)} />
      </div>
      <div className="form-row">
        <label htmlFor="first-person-pin">{t('team.pinOptional')}</label>
        <input id="first-person-pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
      </div>
      <button type="submit" className="primary">{t('team.start')}</button>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}

export function WhoIsWorking({ profiles }: { profiles: readonly Profile[] }) {
  const { t, pick } = useT();
  const choose = useTeamStore((s) => s.choose);
  const [asking, setAsking] = useState<Profile | null>(null);
  const people = activeProfiles(profiles);
  // a PC nobody has used may be an operator's, whose people come with the supervisor's work package
  const [offerPackage] = useState(people.length === 0);
  return (
    <section className="card who-is-working" aria-labelledby="who-is-working-heading">
      <h2 id="who-is-working-heading">{t('team.whoIsWorking')}</h2>
      {people.length === 0 ? (
        <FirstPerson />
      ) : asking ? (
        <PinPrompt person={asking} onDone={() => choose(asking.id)} onCancel={() => setAsking(null)} />
      ) : (
        <ul className="plain-list person-choices">
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" className="person-choice" onClick={() => (person.hasPin ? setAsking(person) : choose(person.id))}>
                <strong>{person.fullName}</strong> <span className="muted">{pick(roleLabels[person.role])}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {offerPackage && (
        <div className="first-use-package">
          <p>{t('package.firstUse')}</p>
          <PackageImport compact />
        </div>
      )}
      <p className="muted">{t('team.notSecurity')}</p>
    </section>
  );
}
