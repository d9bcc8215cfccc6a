/** Every sentence of the card that says a meeting is under way, in one place for translation. */
export const underWayTexts = {
  heading: (circle: string) => `${circle}’s meeting is under way`,
  agenda: (items: number, minutes: number) => `The agenda, consented: ${items} ${items === 1 ? 'item' : 'items'}, ${minutes} minutes in all.`,
  item: (position: number, title: string, minutes: number) => `${position}. ${title} (${minutes} min)`,
  open: 'Open the meeting',
} as const;
