import type { Remind } from '../application/send-reminders';
import type { ConversationPoster } from './adapter';
import { reminderCard } from './cards/reminder-card';
import { conversationTexts } from './conversation-texts';

/** Reminders reach a circle as the reminder card, posted into its conversation in the conversation's language. */
export function remindWith(poster: ConversationPoster): Remind {
  return (conversation, reminder, circle, decision, today) =>
    poster.post(conversation, reminderCard(reminder, circle, decision, today, conversationTexts(conversation)));
}
