import { Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useWords } from '../../texts';

/** A small drawing beside each line of the legend; the words carry the meaning, the drawing only matches the map. */
function Sample({ children }: { children: ReactNode }) {
  return (
    <svg width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" style={{ flex: 'none' }}>
      {children}
    </svg>
  );
}

const mark = (held: boolean, letter: string) => (
  <>
    <circle
      cx={12}
      cy={12}
      r={9}
      fill={held ? tokens.colorNeutralForeground1 : tokens.colorNeutralBackground1}
      stroke={held ? tokens.colorNeutralForeground1 : tokens.colorPaletteRedBorder2}
      strokeWidth={1.5}
      strokeDasharray={held ? undefined : '2 1.5'}
    />
    <text
      x={12}
      y={12}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={11}
      fontWeight={700}
      fill={held ? tokens.colorNeutralBackground1 : tokens.colorPaletteRedForeground1}
    >
      {letter}
    </text>
  </>
);

/** How to read the drawn map, in words. */
export function MapLegend() {
  const t = useWords('circles');
  const lines: [ReactNode, string][] = [
    [
      <>
        <circle cx={12} cy={12} r={11} fill={tokens.colorNeutralBackground3} stroke={tokens.colorNeutralStroke1} />
        <circle cx={12} cy={14} r={5} fill={tokens.colorNeutralBackground1} stroke={tokens.colorNeutralStroke1} />
      </>,
      t('mapLegendNesting'),
    ],
    [mark(true, t('mapLeaderLetter')), t('mapLegendLeader')],
    [mark(true, t('mapDelegateLetter')), t('mapLegendDelegate')],
    [mark(false, t('mapLeaderLetter')), t('mapLegendMissingLink')],
    [
      <circle
        key="warnings"
        cx={12}
        cy={12}
        r={9}
        fill="none"
        stroke={tokens.colorPaletteRedBorder2}
        strokeWidth={3}
        strokeDasharray="6 3"
      />,
      t('mapLegendWarnings'),
    ],
  ];
  return (
    <section aria-label={t('mapLegendHeading')} style={{ marginTop: 12 }}>
      <Text as="h2" size={300} weight="semibold">
        {t('mapLegendHeading')}
      </Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
        {lines.map(([drawing, words]) => (
          <li key={words} style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 4 }}>
            <Sample>{drawing}</Sample>
            <Text size={200}>{words}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
