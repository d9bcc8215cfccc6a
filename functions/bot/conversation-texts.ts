import { textsFor } from '../../texts/all';
import { localeOf } from '../../texts/locales';
import type { Texts } from '../../texts/translate';
import type { StoredConversation } from '../application/ports/conversation-repository';

/**
 * The words of what everyone in a conversation reads alike: what the app posts there
 * on its own, and the shared message of a record (each reader's refresh brings their
 * own language). A conversation bound before it kept a language speaks English.
 */
export const conversationTexts = (conversation: Pick<StoredConversation, 'locale'> | null | undefined): Texts =>
  textsFor(localeOf(conversation?.locale));
