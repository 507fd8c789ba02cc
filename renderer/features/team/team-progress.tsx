// "Tiến độ" on the batches screen: the book's totals in words, and each person's share as bars, done
// against to do, for a supervisor who would rather look than read. The same numbers stand in a table
// beside the chart, for those who read them (and for screen readers, to which the chart is hidden).
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { actorName } from '../../../shared/team/profile.ts';
import type { TeamProgress } from '../../../shared/team/team-progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useTeamStore } from '../../stores/team-store.ts';

// fixed, as ResizeObserver (which a responsive chart needs) is not everywhere the screen is rendered
const chartWidth = 520;
const nameWidth = 150;
const rowHeight = 30;
// the axis and the legend under the bars
const frameHeight = 70;

// what is left is pale, outlined in its pass's colour so it still shows against the card
const series = [
  { key: 'entriesDone', stack: 'A', fill: '#1b6e3a', stroke: '#1b6e3a' },
  { key: 'entriesToDo', stack: 'A', fill: '#dcebe0', stroke: '#1b6e3a' },
  { key: 'fieldsDone', stack: 'B', fill: '#0b5cad', stroke: '#0b5cad' },
  { key: 'fieldsToDo', stack: 'B', fill: '#dbe7f5', stroke: '#0b5cad' },
] as const;

export function TeamProgressCard({ progress, double }: { progress: TeamProgress; double: boolean }) {
  const { t } = useT();
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const { book } = progress;
  const rows = [...progress.operators]
    .map(([id, share]) => ({
      id,
      name: actorName(id, profiles),
      pages: share.pages,
      entriesDone: share.entries.done,
      entriesToDo: share.entries.toDo,
      fieldsDone: share.fields.done,
      fieldsToDo: share.fields.toDo,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const shown = series.filter((s) => double || s.stack === 'A');
  const bars = double ? 2 : 1;
  return (
    <section className="card team-progress" aria-labelledby="progress-heading">
      <h3 id="progress-heading">{t('progress.heading')}</h3>
      <p>{t('progress.book', { pages: book.pages, entries: book.entries.done + book.entries.toDo, done: book.entries.done, toDo: book.entries.toDo })}</p>
      {double && <p>{t('progress.bookFields', { done: book.fields.done, toDo: book.fields.toDo, differing: book.differing })}</p>}
      {rows.length === 0 ? <p>{t('progress.nobody')}</p> : (
        <div className="team-progress-body">
          <div className="team-progress-chart" aria-hidden="true">
            <BarChart layout="vertical" data={rows} width={chartWidth} height={frameHeight + rows.length * rowHeight * bars} accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
              <XAxis type="number" allowDecimals={false} fontSize={13} />
              <YAxis type="category" dataKey="name" width={nameWidth} fontSize={13} />
              {/* names in the text's colour (a pale series' own would not read), in the series' order */}
              <Tooltip itemStyle={{ color: 'var(--text)' }} itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)} cursor={{ fill: '#eef1f5' }} />
              <Legend itemSorter={null} formatter={(name: string) => <span className="team-progress-legend">{name}</span>} />
              {shown.map((s) => <Bar key={s.key} dataKey={s.key} name={t(`progress.${s.key}`)} stackId={s.stack} fill={s.fill} stroke={s.stroke} />)}
            </BarChart>
          </div>
          <table className="data-table" aria-label={t('progress.byPerson')}>
            <thead>
              <tr>
                <th scope="col">{t('disagree.person')}</th>
                <th scope="col">{t('batches.pages')}</th>
                {shown.map((s) => <th key={s.key} scope="col">{t(`progress.${s.key}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{row.pages}</td>
                  {shown.map((s) => <td key={s.key}>{row[s.key]}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
