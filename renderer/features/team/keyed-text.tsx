// A value as a pass keyed it, beside another one: the letters where the two differ marked, a field marked
// illegible or blank in the register said so.
import type { KeyedValue } from '../../../shared/team/keying-compare.ts';
import { markedDifference } from '../../../shared/team/keying-diff.ts';
import type { Translate } from '../../i18n/use-t.ts';

export function KeyedText({ value, other, t }: { value: KeyedValue; other: KeyedValue; t: Translate }) {
  if (value.mark) return <em>{t(`history.mark.${value.mark}`)}</em>;
  if (value.value === '') return <em>{t('history.empty')}</em>;
  const { a: mine } = markedDifference(value.value, other.mark ? '' : other.value);
  return <>{mine.map((segment, i) => (segment.differs ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>;
}
