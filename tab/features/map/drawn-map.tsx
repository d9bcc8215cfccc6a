import { Button, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Circle, DoubleLinkViolation, MappedCircle } from '../../../shared';
import { useTexts } from '../../texts';
import { circleFacts } from './circle-facts';
import { CircleDetails } from './circle-details';
import { CircleMarks, CircleShape } from './drawn-circle';
import { MapLegend } from './map-legend';
import { moveFor } from './map-keys';
import { packCircles } from './packing';
import { sceneOf } from './scene';
import { focusFollowing, pathTo, topFocus, zoomedOut, type ZoomFocus } from './zoom';

// Wider than this the map would only push the legend and the details out of sight.
const largestSide = 640;

/** The side of the square the map is drawn on, following its container (320 px in a side panel). */
function useSide(): [RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [side, setSide] = useState(largestSide);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setSide(Math.min(largestSide, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, side];
}

/** The drawn circle map: nested circles (circle packing), zoomable, every circle reachable by keyboard. */
export default function DrawnMap({
  circles,
  violations,
  onOpen,
}: {
  circles: readonly MappedCircle[];
  violations: readonly DoubleLinkViolation[];
  onOpen: (circle: Pick<Circle, 'circleId'>) => void;
}) {
  const texts = useTexts();
  const t = texts.of('circles');
  const packing = useMemo(() => packCircles(circles), [circles]);
  const facts = useMemo(() => circleFacts(circles, violations, texts), [circles, violations, texts]);
  const [focus, setFocus] = useState<ZoomFocus>(() => topFocus(packing));
  const [current, setCurrent] = useState<string | null>(() => packing.rootIds[0] ?? null);
  const [box, side] = useSide();
  const svg = useRef<SVGSVGElement>(null);
  const nameOf = useMemo(() => (circleId: string) => facts.get(circleId)?.name ?? circleId, [facts]);
  const scene = useMemo(() => sceneOf(packing, focus, current, nameOf, side), [packing, focus, current, nameOf, side]);
  const focusDepth = focus === null ? -1 : (packing.byId.get(focus)?.depth ?? -1);
  const unit = 1 / scene.pixelsPerUnit;

  // The keyboard stays on the circle it moved to, also when the move redrew the map: so this runs after every
  // render (a move re-renders, whether it changed the circle, the zoom or both) and acts only after a keyboard move.
  const keyboardMoved = useRef(false);
  useEffect(() => {
    if (!keyboardMoved.current || current === null) return;
    keyboardMoved.current = false;
    svg.current?.querySelector<SVGGElement>(`[data-circle="${CSS.escape(current)}"]`)?.focus();
  });

  const select = (circleId: string) => {
    setCurrent(circleId);
    setFocus((was) => focusFollowing(packing, was, circleId));
  };
  const zoomIn = (circleId: string) => setFocus(circleId);
  const zoomOut = () => {
    const out = zoomedOut(packing, focus);
    if (focus !== null && out !== focus) setCurrent(focus);
    setFocus(out);
  };
  const onKey = (event: KeyboardEvent<SVGGElement>) => {
    if (current === null) return;
    const move = moveFor(packing, current, event.key);
    if (!move) return;
    event.preventDefault();
    keyboardMoved.current = true;
    if (move.kind === 'move') select(move.to);
    else if (move.kind === 'open') onOpen({ circleId: move.circleId });
    else if (move.kind === 'zoom-in') zoomIn(move.circleId);
    else zoomOut();
  };
  const path = pathTo(packing, focus).map(nameOf);
  const currentFacts = current === null ? undefined : facts.get(current);
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
        <Button size="small" disabled={current === null || current === focus} onClick={() => current !== null && zoomIn(current)}>
          {t('mapZoomIn')}
        </Button>
        <Button size="small" disabled={focus === zoomedOut(packing, focus)} onClick={zoomOut}>
          {t('mapZoomOut')}
        </Button>
        <Text size={200} role="status">
          {t('mapShowing', { path: path.length > 0 ? path.join(' › ') : t('mapWholeOrganisation') })}
        </Text>
      </div>
      <div ref={box} style={{ maxWidth: largestSide, marginTop: 8 }}>
        {/* biome-ignore lint/a11y/useSemanticElements: SVG has no fieldset; the drawing groups the circles' buttons */}
        <svg
          ref={svg}
          role="group"
          aria-label={t('mapDrawn')}
          aria-describedby="circle-map-keys"
          width={side}
          height={side}
          viewBox={scene.viewBox.join(' ')}
          style={{ display: 'block' }}
        >
          {scene.circles.map((drawn) => {
            const own = facts.get(drawn.circle.circleId);
            return own ? (
              <CircleShape
                key={drawn.circle.circleId}
                drawn={drawn}
                facts={own}
                depth={drawn.circle.depth - focusDepth}
                unit={unit}
                current={drawn.circle.circleId === current}
                onSelect={() => select(drawn.circle.circleId)}
                onKey={onKey}
              />
            ) : null;
          })}
          {scene.circles.map((drawn) => {
            const own = facts.get(drawn.circle.circleId);
            return own && (drawn.label !== null || drawn.marked) ? (
              <CircleMarks key={drawn.circle.circleId} drawn={drawn} facts={own} unit={unit} />
            ) : null;
          })}
        </svg>
      </div>
      <Text id="circle-map-keys" block size={200} style={{ marginTop: 4 }}>
        {t('mapKeys')}
      </Text>
      {current !== null && currentFacts && <CircleDetails facts={currentFacts} onOpen={() => onOpen({ circleId: current })} />}
      <MapLegend />
    </div>
  );
}
