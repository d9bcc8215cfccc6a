import { Text, tokens } from '@fluentui/react-components';
import { formattingTag } from '../../texts/locales';
import { useTexts, useWords } from '../texts';

/** A horizontal bar with its figure in words beside it, so the chart reads without colour. */
export function Bar({
  label,
  value,
  max,
  text,
  alert = false,
}: {
  label: string;
  value: number;
  max: number;
  text: string;
  alert?: boolean;
}) {
  const t = useWords('circles');
  const width = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(90px, 30%) 1fr auto', gap: 8, alignItems: 'center' }}>
      <Text size={200}>{label}</Text>
      <div
        role="img"
        aria-label={t('chartBar', { label, value: text })}
        style={{ background: tokens.colorNeutralBackground3, height: 10, borderRadius: 4 }}
      >
        <div
          style={{
            width: `${width}%`,
            height: '100%',
            borderRadius: 4,
            background: alert ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground,
          }}
        />
      </div>
      <Text size={200}>{text}</Text>
    </div>
  );
}

export interface MonthValue {
  /** YYYY-MM */
  readonly month: string;
  /** null: nothing to measure that month, drawn as a gap rather than a zero. */
  readonly value: number | null;
  readonly text: string;
}

/** A column per month, the figure written above each, so the chart reads without colour or sight. */
export function MonthColumns({ title, months, max }: { title: string; months: readonly MonthValue[]; max: number }) {
  const texts = useTexts();
  const t = texts.of('circles');
  // A month is a calendar month, in no time zone: named in the reader's language.
  const monthNames = new Intl.DateTimeFormat(formattingTag(texts.locale), { month: 'short', timeZone: 'UTC' });
  const monthName = (month: string) => monthNames.format(new Date(`${month}-01T00:00:00Z`));
  const height = 72;
  return (
    <figure aria-label={title} style={{ margin: 0, display: 'grid', gap: 4 }}>
      <figcaption>
        <Text weight="semibold">{title}</Text>
      </figcaption>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${months.length}, minmax(0, 1fr))`, gap: 6, alignItems: 'end' }}>
        {months.map((m) => (
          <div
            key={m.month}
            role="img"
            aria-label={t('chartMonth', { month: monthName(m.month), year: m.month.slice(0, 4), value: m.text })}
            style={{ display: 'grid', justifyItems: 'center', gap: 2 }}
          >
            <Text size={200} wrap={false}>
              {m.value === null ? '—' : m.text}
            </Text>
            <div
              style={{
                width: '100%',
                maxWidth: 40,
                height: m.value === null || max === 0 ? 2 : Math.max(2, Math.round((m.value / max) * height)),
                borderRadius: 3,
                background: m.value === null ? tokens.colorNeutralStroke2 : tokens.colorBrandBackground,
              }}
            />
            <Text size={200}>{monthName(m.month)}</Text>
          </div>
        ))}
      </div>
    </figure>
  );
}
