import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { AppApi, EventName, EventPayloads, MethodChannel, MethodInput, MethodOutputs, Result } from '../../../shared/api/app-api.ts';
import { DatabaseContext } from '../../../renderer/app/database-context.ts';
import { openDatabase, type SohoaDatabase } from '../../../renderer/db/database.ts';
import { AppClientContext, createAppClient } from '../../../renderer/platform/app-client.ts';
import { useTeamStore } from '../../../renderer/stores/team-store.ts';
import type { Profile } from '../../../shared/team/profile.ts';

/** Who works in a rendered screen unless a test says otherwise. */
export const testPerson: Profile = { id: '0193a1b2-0000-7000-8000-000000000001', fullName: 'Nguyễn Thị Hoa', role: 'supervisor', hasPin: false, createdAt: '2026-12-01T08:00:00.000Z' };

let dbCounter = 0;

/** A database of its own for each test, in fake-indexeddb. */
export function freshDatabase(): SohoaDatabase {
  return openDatabase(`sohoa-test-${Date.now()}-${dbCounter++}`);
}

export type BridgeAnswers = { [C in MethodChannel]?: (input: MethodInput<C>) => Result<MethodOutputs[C]> | Promise<Result<MethodOutputs[C]>> };

/**
 * A stand-in for the Node side that answers each channel as the test says (at once, or when a promise the
 * test holds settles), recording every call, and that sends events when the test says.
 */
export function scriptedBridge(answers: BridgeAnswers) {
  const calls: { channel: MethodChannel; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const bridge: AppApi = {
    invoke(channel, input) {
      calls.push({ channel, input });
      const answer = answers[channel] as ((input: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
      if (!answer) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', vi: channel, en: channel } } as never);
      return Promise.resolve(answer(input) as never);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  function emit<E extends EventName>(event: E, payload: EventPayloads[E]) {
    for (const listener of listeners.get(event) ?? []) (listener as (payload: EventPayloads[E]) => void)(payload);
  }
  const callsTo = (channel: MethodChannel) => calls.filter((c) => c.channel === channel);
  return { bridge, calls, callsTo, emit };
}

export function renderWith(ui: ReactElement, options: { db: SohoaDatabase; bridge: AppApi; person?: Profile | null }) {
  const person = options.person === undefined ? testPerson : options.person;
  useTeamStore.setState({ profiles: person ? [person] : [], personId: person?.id ?? null });
  return render(
    <AppClientContext.Provider value={createAppClient(options.bridge)}>
      <DatabaseContext.Provider value={options.db}>{ui}</DatabaseContext.Provider>
    </AppClientContext.Provider>,
  );
}
