// The people who work on this PC (shared/team/profile.ts), kept in the data folder: they name every audit
// row, so they must outlive the browser profile as the entries do. A PIN is kept only as a salted scrypt
// hash and never leaves the Node side. Profiles attribute work; the OS account is what protects the PC.
import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../../shared/api/app-error.ts';
import { checkedProfileName, pinPattern, type Profile } from '../../shared/team/profile.ts';
import type { Role } from '../../shared/team/roles.ts';
import { readFileIfPresent, writeFileDurably } from './durable-file.ts';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

interface StoredPin {
  salt: string;
  hash: string;
}

type StoredProfile = Omit<Profile, 'hasPin'> & { pin?: StoredPin };

interface ProfilesFile {
  v: 1;
  profiles: StoredProfile[];
}

export interface ProfileInput {
  /** absent for a new person */
  id?: string;
  fullName: string;
  /** required for a new person; absent keeps a person's role */
  role?: Role;
  /** a new PIN; null removes it; absent keeps it */
  pin?: string | null;
}

const fileName = 'profiles.json';

async function hashPin(pin: string, salt: Buffer): Promise<Buffer> {
  return scryptAsync(pin, salt, 32);
}

function publicView({ pin, ...profile }: StoredProfile): Profile {
  return { ...profile, hasPin: pin !== undefined };
}

function isStoredProfile(value: unknown): value is StoredProfile {
  const p = value as Partial<StoredProfile> | null;
  return typeof p?.id === 'string' && typeof p.fullName === 'string' && (p.role === 'operator' || p.role === 'checker' || p.role === 'supervisor') && typeof p.createdAt === 'string';
}

export class ProfileStore {
  private readonly dir: string;
  private readonly file: string;
  private loaded: Promise<StoredProfile[]> | null = null;
  /** writes one after another, each on the profiles the one before left */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string, private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(dataDir, 'team');
    this.file = path.join(this.dir, fileName);
  }

  async list(): Promise<Profile[]> {
    return (await this.load()).map(publicView);
  }

  save(input: ProfileInput): Promise<Profile> {
    return this.change(async (profiles) => {
      const existing = input.id === undefined ? undefined : profiles.find((p) => p.id === input.id);
      if (input.id !== undefined && !existing) throw AppError.of('profile-unknown');
      const others = profiles.filter((p) => p.id !== input.id).map(publicView);
      const fullName = checkedProfileName(input.fullName, others);
      let pin = existing?.pin;
      if (input.pin === null) pin = undefined;
      else if (input.pin !== undefined) {
        if (!pinPattern.test(input.pin)) throw AppError.of('profile-pin-format');
        const salt = randomBytes(16);
        pin = { salt: salt.toString('base64'), hash: (await hashPin(input.pin, salt)).toString('base64') };
      }
      const role = input.role ?? existing?.role;
      if (role === undefined) throw AppError.of('invalid-payload', { detail: 'a new person needs a role' });
      const base: StoredProfile = existing ?? { id: randomUUID(), fullName, role, createdAt: this.now().toISOString() };
      const { pin: _old, ...rest } = base;
      const saved: StoredProfile = { ...rest, fullName, role, ...(pin ? { pin } : {}) };
      return { profiles: existing ? profiles.map((p) => (p.id === saved.id ? saved : p)) : [...profiles, saved], result: publicView(saved) };
    });
  }

  /** Retired people are no longer offered; their name stays on what they did. */
  retire(id: string): Promise<Profile> {
    return this.change((profiles) => {
      const existing = profiles.find((p) => p.id === id);
      if (!existing) throw AppError.of('profile-unknown');
      const retired: StoredProfile = { ...existing, retiredAt: existing.retiredAt ?? this.now().toISOString() };
      return Promise.resolve({ profiles: profiles.map((p) => (p.id === id ? retired : p)), result: publicView(retired) });
    });
  }

  /**
   * People named in a work package or a result, under the ids of the PC it came from, so that what they
   * did carries their name on both PCs: those unknown here are added, without a PIN; those known keep
   * their name, role and PIN.
   */
  adopt(people: readonly Pick<Profile, 'id' | 'fullName' | 'role'>[]): Promise<Profile[]> {
    return this.change((profiles) => {
      const known = new Set(profiles.map((p) => p.id));
      const added = people.filter((person) => !known.has(person.id)).map((person): StoredProfile => ({ id: person.id, fullName: person.fullName, role: person.role, createdAt: this.now().toISOString() }));
      const all = [...profiles, ...added];
      return Promise.resolve({ profiles: all, result: all.map(publicView) });
    });
  }

  async checkPin(id: string, pin: string): Promise<void> {
    const profile = (await this.load()).find((p) => p.id === id && p.retiredAt === undefined);
    if (!profile) throw AppError.of('profile-unknown');
    if (!profile.pin) return;
    const expected = Buffer.from(profile.pin.hash, 'base64');
    const given = await hashPin(pin, Buffer.from(profile.pin.salt, 'base64'));
    if (!(given.length === expected.length && timingSafeEqual(given, expected))) throw AppError.of('profile-pin-wrong', { name: profile.fullName });
  }

  private change<T>(apply: (profiles: StoredProfile[]) => Promise<{ profiles: StoredProfile[]; result: T }>): Promise<T> {
    const run = this.writing.then(async () => {
      const { profiles, result } = await apply(await this.load());
      const file: ProfilesFile = { v: 1, profiles };
      await writeFileDurably(this.dir, this.file, `${JSON.stringify(file, null, 1)}\n`);
      this.loaded = Promise.resolve(profiles);
      return result;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  private load(): Promise<StoredProfile[]> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  /** A damaged file is set aside, never written over: the names it holds can still be recovered by hand. */
  private async read(): Promise<StoredProfile[]> {
    const bytes = await readFileIfPresent(this.file);
    if (bytes === null) return [];
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as Partial<ProfilesFile> | null;
      if (parsed?.v === 1 && Array.isArray(parsed.profiles) && parsed.profiles.every(isStoredProfile)) return parsed.profiles;
    } catch {
      // as below
    }
    const aside = `${this.file}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.file, aside);
    console.warn(`[sohoa] ${fileName} cannot be read; it was kept as ${path.basename(aside)} and the team starts empty`);
    return [];
  }
}
