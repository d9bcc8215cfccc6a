import { Button, Card, Text, tokens } from '@fluentui/react-components';
import { useWords } from '../../texts';
import type { CircleFacts } from './circle-facts';

/** The circle the map is on, in words beside it: what a touch screen or a small circle cannot show, and the way to open it. */
export function CircleDetails({ facts, onOpen }: { facts: CircleFacts; onOpen: () => void }) {
  const t = useWords('circles');
  return (
    <Card aria-label={t('mapDetailsOf', { circle: facts.name })} style={{ maxWidth: 560, marginTop: 8 }}>
      <Text weight="semibold">{facts.name}</Text>
      <Text size={200}>{facts.aim || t('noAim')}</Text>
      <Text size={200}>{t('memberCount', { count: facts.memberCount })}</Text>
      {!facts.isGeneral && (
        <>
          <Text size={200}>{t('mapLeaderIs', { leader: facts.leader ?? t('mapNobodyYet') })}</Text>
          <Text size={200}>{t('mapDelegateIs', { delegate: facts.delegate ?? t('mapNobodyYet') })}</Text>
        </>
      )}
      {facts.warnings.length === 0 ? (
        <Text size={200}>{t('mapNoWarnings')}</Text>
      ) : (
        facts.warnings.map((warning) => (
          <Text key={warning} size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
            {warning}
          </Text>
        ))
      )}
      <div>
        <Button size="small" onClick={onOpen} aria-label={t('openNamed', { name: facts.name })}>
          {t('open')}
        </Button>
      </div>
    </Card>
  );
}
