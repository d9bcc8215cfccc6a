import { tokens } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import { useWords } from '../../texts';
import type { CircleFacts } from './circle-facts';
import { labelPixels, type DrawnCircle as Drawn } from './scene';

// Alternating fills tell a sub-circle from its parent without relying on the outline alone.
const fills = [tokens.colorNeutralBackground1, tokens.colorNeutralBackground3, tokens.colorNeutralBackground2] as const;

/** A point on the circle's rim at `degrees` (0 is to the right, −90 straight up). */
const onRim = (x: number, y: number, r: number, degrees: number) => ({
  x: x + r * Math.cos((degrees * Math.PI) / 180),
  y: y + r * Math.sin((degrees * Math.PI) / 180),
});

/** A double-link mark on the rim: L or D, filled when someone holds the role, hollow and dashed when nobody does. */
function LinkMark({ at, letter, held, unit }: { at: { x: number; y: number }; letter: string; held: boolean; unit: number }) {
  return (
    <g>
      <circle
        cx={at.x}
        cy={at.y}
        r={8 * unit}
        fill={held ? tokens.colorNeutralForeground1 : tokens.colorNeutralBackground1}
        stroke={held ? tokens.colorNeutralForeground1 : tokens.colorPaletteRedBorder2}
        strokeWidth={1.5 * unit}
        strokeDasharray={held ? undefined : `${2 * unit} ${1.5 * unit}`}
      />
      <text
        x={at.x}
        y={at.y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={10 * unit}
        fontWeight={700}
        fill={held ? tokens.colorNeutralBackground1 : tokens.colorPaletteRedForeground1}
      >
        {letter}
      </text>
    </g>
  );
}

interface CircleProps {
  readonly drawn: Drawn;
  readonly facts: CircleFacts;
  /** The map units one screen pixel takes, so rings, marks and words keep their size at every zoom. */
  readonly unit: number;
}

/**
 * One circle of the drawn map, focusable and named for screen readers: its shape,
 * a thick dashed ring when it has warnings, and the focus ring when the keyboard is on it.
 */
export function CircleShape({
  drawn,
  facts,
  depth,
  unit,
  current,
  onSelect,
  onKey,
}: CircleProps & {
  depth: number;
  current: boolean;
  onSelect: () => void;
  onKey: (event: KeyboardEvent<SVGGElement>) => void;
}) {
  const { x, y, r, circleId } = drawn.circle;
  const warned = facts.warnings.length > 0;
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no button element; the circle is drawn, not laid out
    <g
      role="button"
      tabIndex={current ? 0 : -1}
      aria-label={facts.spoken}
      data-circle={circleId}
      onClick={onSelect}
      onKeyDown={onKey}
      onFocus={onSelect}
      style={{ outline: 'none', cursor: 'pointer' }}
    >
      <circle
        cx={x}
        cy={y}
        r={r}
        fill={fills[depth % fills.length]}
        stroke={warned ? tokens.colorPaletteRedBorder2 : tokens.colorNeutralStroke1}
        strokeWidth={(warned ? 3 : 1) * unit}
        strokeDasharray={warned ? `${6 * unit} ${3 * unit}` : undefined}
      />
      {current && (
        <circle cx={x} cy={y} r={Math.max(r - 3 * unit, 0)} fill="none" stroke={tokens.colorStrokeFocus2} strokeWidth={3 * unit} />
      )}
    </g>
  );
}

/**
 * A name's lines, each keyed by the name up to and including it: two lines of one name can read the same
 * ("Sales Sales" cut in two), the name up to them cannot, and the same name always gives the same keys.
 */
function keyedLines(lines: readonly string[]): { line: string; key: string; first: boolean }[] {
  let upTo = '';
  return lines.map((line) => {
    const first = upTo === '';
    upTo = `${upTo}\n${line}`;
    return { line, key: upTo, first };
  });
}

/**
 * What is written on a circle: its name (and members when there is room), its
 * double-link marks and its warnings badge. Drawn above every shape, so a sibling
 * never covers them, and hidden from screen readers, who hear it all in the circle's name.
 */
export function CircleMarks({ drawn, facts, unit }: CircleProps) {
  const t = useWords('circles');
  const { x, y, r } = drawn.circle;
  const parent = drawn.circle.childIds.length > 0;
  // A parent's name sits in the band above its sub-circles (see packing's clusterDrop); a leaf's in its middle, with its members when there is room.
  const nameY = parent ? y - r * 0.66 : y;
  const wide = !parent && r / unit >= 48;
  const badge = onRim(x, y, r, -22);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: these labels take no focus and no pointer; the button above speaks them
    <g aria-hidden="true" pointerEvents="none">
      {drawn.label !== null && (
        <text
          x={x}
          y={nameY}
          textAnchor="middle"
          fontSize={labelPixels * unit}
          fill={tokens.colorNeutralForeground1}
          stroke={tokens.colorNeutralBackground1}
          strokeWidth={3 * unit}
          paintOrder="stroke"
          strokeLinejoin="round"
        >
          {keyedLines(drawn.label).map(({ line, key, first }) => (
            // The first line is lifted by half the block's height, so the block is centred on the name's point.
            <tspan
              key={key}
              x={x}
              dy={first ? `${0.35 - ((drawn.label?.length ?? 1) - (wide ? 0 : 1)) * 0.6}em` : '1.2em'}
              fontWeight={600}
            >
              {line}
            </tspan>
          ))}
          {wide && (
            <tspan x={x} dy="1.3em" fontSize={11 * unit}>
              {t('memberCount', { count: facts.memberCount })}
            </tspan>
          )}
        </text>
      )}
      {drawn.marked && !facts.isGeneral && (
        <>
          <LinkMark at={onRim(x, y, r, -112)} letter={t('mapLeaderLetter')} held={facts.leader !== null} unit={unit} />
          <LinkMark at={onRim(x, y, r, -68)} letter={t('mapDelegateLetter')} held={facts.delegate !== null} unit={unit} />
        </>
      )}
      {drawn.marked && facts.warnings.length > 0 && (
        <>
          <circle
            cx={badge.x}
            cy={badge.y}
            r={9 * unit}
            fill={tokens.colorPaletteRedBackground3}
            stroke={tokens.colorNeutralBackground1}
            strokeWidth={1.5 * unit}
          />
          <text
            x={badge.x}
            y={badge.y}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={11 * unit}
            fontWeight={700}
            fill={tokens.colorNeutralForegroundOnBrand}
          >
            {facts.warnings.length}
          </text>
        </>
      )}
    </g>
  );
}
