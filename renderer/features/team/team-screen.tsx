// The supervisor's list of the people who work on this PC: add someone, change a role, set or remove a PIN,
// retire someone who left (their name stays on what they did).
import { useState, type FormEvent } from 'react';
import type { Profile } from '../../../shared/team/profile.ts';
import { may, roleLabels, roles, type Role } from '../../../shared/team/roles.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { useT } from '../../i18n/use-t.ts';
import { BackToBooks } from './back-to-books.tsx';
import { useAppClient } from '../../platform/app-client.ts';
import { useCurrentPerson, useTeamStore } from '../../stores/team-store.ts';
import { useTeamProfiles } from './use-team-profiles.ts';

function AddPerson({ onError }: { onError: (error: unknown) => void }) {
  const { t, pick } = useT();
  const client = useAppClient();
  const { reload } = useTeamProfiles();
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const [pin, setPin] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.call('team:saveProfile', { fullName, role, ...(pin !== '' ? { pin } : {}) });
      setFullName('');
      setPin('');
      await reload();
    } catch (failure) {
      onError(failure);
    }
  };
  return (
    <form className="card" aria-labelledby="add-person-heading" onSubmit={(e) => void submit(e)}>
      <h3 id="add-person-heading">{t('team.add')}</h3>
      <div className="form-grid">
        <div className="form-row">
          <label htmlFor="add-person-name">{t('team.fullName')}</label>
          <input id="add-person-name" value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </div>
        <div className="form-row">
          <label htmlFor="add-person-role">{t('team.role')}</label>
          <select id="add-person-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => <option key={r} value={r}>{pick(roleLabels[r])}</option>)}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="add-person-pin">{t('team.pinOptional')}</label>
          <input id="add-person-pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="primary">{t('team.addButton')}</button>
    </form>
  );
}

function PersonRow({ person, isMe, onError }: { person: Profile; isMe: boolean; onError: (error: unknown) => void }) {
  const { t, pick } = useT();
  const client = useAppClient();
  const { reload } = useTeamProfiles();
  const [pin, setPin] = useState('');
  const act = async (call: () => Promise<unknown>) => {
    try {
      await call();
      await reload();
    } catch (failure) {
      onError(failure);
    }
  };
  // says only what changes: a role chosen and a PIN set one after the other never undo each other
  const save = (change: { role: Role } | { pin: string | null }) => act(() => client.call('team:saveProfile', { id: person.id, fullName: person.fullName, ...change }));
  const retired = person.retiredAt !== undefined;
  return (
    <tr className={retired ? 'muted' : undefined}>
      <th scope="row">{person.fullName}{isMe && <span className="muted"> · {t('team.you')}</span>}</th>
      <td>
        {retired ? pick(roleLabels[person.role]) : (
          // a supervisor cannot take their own right to manage away: someone must keep it
          <select aria-label={t('team.roleOf', { name: person.fullName })} value={person.role} disabled={isMe} onChange={(e) => void save({ role: e.target.value as Role })}>
            {roles.map((r) => <option key={r} value={r}>{pick(roleLabels[r])}</option>)}
          </select>
        )}
      </td>
      <td>
        {!retired && (
          <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void save({ pin }).then(() => setPin('')); }}>
            <span>{person.hasPin ? t('team.pinSet') : t('team.pinNone')}</span>
            <input type="password" inputMode="numeric" autoComplete="new-password" aria-label={t('team.newPinFor', { name: person.fullName })} value={pin} onChange={(e) => setPin(e.target.value)} size={8} />
            <button type="submit" disabled={pin === ''}>{t('team.setPin')}</button>
            {person.hasPin && <button type="button" onClick={() => void save({ pin: null })}>{t('team.removePin')}</button>}
          </form>
        )}
      </td>
      <td>
        {retired ? t('team.retired') : !isMe && (
          <button type="button" onClick={() => void act(() => client.call('team:retireProfile', { id: person.id }))}>{t('team.retire')}</button>
        )}
      </td>
    </tr>
  );
}

export function TeamScreen() {
  const { t } = useT();
  const me = useCurrentPerson();
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const [error, setError] = useState<unknown>(null);
  if (!me || !may(me.role, 'manage-team')) {
    return <section className="card"><h2>{t('team.heading')}</h2><p>{t('team.supervisorsOnly')}</p></section>;
  }
  return (
    <div className="team-screen">
      <BackToBooks />
      <section className="card" aria-labelledby="team-heading">
        <h2 id="team-heading">{t('team.heading')}</h2>
        <p className="muted">{t('team.notSecurity')}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('team.fullName')}</th>
              <th scope="col">{t('team.role')}</th>
              <th scope="col">{t('team.pin')}</th>
              <th scope="col"><span className="visually-hidden">{t('team.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((person) => <PersonRow key={person.id} person={person} isMe={person.id === me.id} onError={setError} />)}
          </tbody>
        </table>
        {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      </section>
      <AddPerson onError={setError} />
    </div>
  );
}
