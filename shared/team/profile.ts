// A person working on this PC: the name every audit row, keying and decision carries, and a role.
import { AppError } from '../api/app-error.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import { toToneStyle } from '../text/tone-style.ts';
import type { Role } from './roles.ts';

export interface Profile {
  id: string;
  fullName: string;
  role: Role;
  /** a PIN is set (it is kept, hashed, on the Node side only) */
  hasPin: boolean;
  createdAt: string;
  /** retired: no longer offered, still named in the history of what they did */
  retiredAt?: string;
}

export const minNameLength = 2;
export const maxNameLength = 80;
export const pinPattern = /^\d{4,8}$/;

/** Names alike but for case or tone-mark placement are one name; names that differ in a mark are two people (An, Ân). */
function nameKey(name: string): string {
  return toToneStyle(name, 'old').toLocaleLowerCase('vi');
}

/** A full name as kept: NFC, spaces folded. Refused when too short or long, or when another active profile has it already. */
export function checkedProfileName(name: string, others: readonly Profile[]): string {
  const fullName = normalizeFieldValue(name);
  if (fullName.length < minNameLength || fullName.length > maxNameLength) {
    throw AppError.of('profile-name', { min: minNameLength, max: maxNameLength });
  }
  const key = nameKey(fullName);
  const same = others.find((other) => other.retiredAt === undefined && nameKey(other.fullName) === key);
  if (same) throw AppError.of('profile-name-taken', { name: same.fullName });
  return fullName;
}

/** Profiles offered at "Ai đang làm việc?": active ones, by name in Vietnamese order. */
export function activeProfiles(profiles: readonly Profile[]): Profile[] {
  return profiles.filter((profile) => profile.retiredAt === undefined).sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}

/** How history names whoever did something: the person's name, else the actor as recorded (ocr, import, a profile from another PC). */
export function actorName(actor: string, profiles: readonly Profile[]): string {
  return profiles.find((profile) => profile.id === actor)?.fullName ?? actor;
}
