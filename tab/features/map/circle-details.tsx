import { Button, Card, Text, tokens } from '@fluentui/react-components';
import { circleMapTexts as texts } from '../circle-map-texts';
import type { CircleFacts } from './circle-facts';

/** The circle the map is on, in words beside it: what a touch screen or a small circle cannot show, and the way to open it. */
export function CircleDetails({ facts, onOpen }: { facts: CircleFacts; onOpen: () => void }) {
  return (
    <Card aria-label={texts.detailsOf(facts.name)} style={{ maxWidth: 560, marginTop: 8 }}>
      <Text weight="semibold">{facts.name}</Text>
      <Text size={200}>{facts.aim || texts.noAim}</Text>
      <Text size={200}>{texts.members(facts.memberCount)}</Text>
      {!facts.isGeneral && (
        <>
          <Text size={200}>{texts.leaderIs(facts.leader)}</Text>
          <Text size={200}>{texts.delegateIs(facts.delegate)}</Text>
        </>
      )}
      {facts.warnings.length === 0 ? (
        <Text size={200}>{texts.noWarnings}</Text>
      ) : (
        facts.warnings.map((warning) => (
          <Text key={warning} size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
            {warning}
          </Text>
        ))
      )}
      <div>
        <Button size="small" onClick={onOpen} aria-label={texts.open(facts.name)}>
          {texts.openButton}
        </Button>
      </div>
    </Card>
  );
}
